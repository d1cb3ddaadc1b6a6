import Record

/// Compares two records: what changed between two quarters or two councils.
public enum Differ {}
