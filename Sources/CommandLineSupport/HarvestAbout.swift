/// What `councilkpi --help` says of harvest, which is a program of its own (councilkpi-harvest).
public enum HarvestAbout {
    public static let abstract =
        "Find new performance papers on councils' ModernGov sites, download and ingest them."
    public static let program = "councilkpi-harvest"
}
