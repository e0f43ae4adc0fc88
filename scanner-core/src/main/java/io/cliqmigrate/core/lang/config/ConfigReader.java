package io.cliqmigrate.core.lang.config;

import io.cliqmigrate.core.model.SourceFile;

/** Reads the settings of one configuration format, with the position of every key and value. */
interface ConfigReader {

    ConfigDocument read(SourceFile file) throws ConfigSyntaxException;
}
