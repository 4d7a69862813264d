package dev.ophamin.scenario;

/** Another class claiming the plug-in fixture's name, to prove duplicates are refused. */
public final class PluginFixtureTwin extends PluginFixtureScenario {
}
