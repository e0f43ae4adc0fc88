package io.cliqmigrate.core.model;

/** Another place that explains a finding, such as where the token it uses is defined. */
public record RelatedLocation(String path, int startLine, String message) {}
