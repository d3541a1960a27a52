/** Workspace events one part of the plugin sends to another, without importing each other. */

/** The publishing manifest changed: views showing publish states redraw them. */
export const PUBLISH_STATE_CHANGED = "learning-log:publish-state-changed";

/** The library settings changed in the settings tab: the index and open views follow. */
export const LIBRARY_SETTINGS_CHANGED = "learning-log:library-settings-changed";
