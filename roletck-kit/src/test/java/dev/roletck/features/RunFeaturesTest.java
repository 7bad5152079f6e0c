package dev.roletck.features;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

/**
 * The features of every language, run by Cucumber on the JUnit Platform against the reference
 * policy and the matrices. Reports go where the build's {@code cucumber.plugin} property says
 * (HTML, JSON and JUnit XML under the build directory's {@code cucumber/}).
 */
@Suite
@IncludeEngines("cucumber")
@SelectDirectories("features")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "dev.roletck.features")
class RunFeaturesTest {
}
