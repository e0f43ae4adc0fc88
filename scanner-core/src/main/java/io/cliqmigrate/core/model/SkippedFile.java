package io.cliqmigrate.core.model;

/** A file the walk found but did not scan, and why (binary, too large, symlink loop). */
public record SkippedFile(String path, String reason) {}
