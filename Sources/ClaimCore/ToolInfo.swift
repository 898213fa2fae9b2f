/// The tool's version, shown by `claims --version`, in the HTML report's footer and sent to external extractors.
public enum ToolInfo {
    public static let version = "0.1.0"
}
