/**
 * Reading and checking the capabilities' settings ({@link jp.resas.ops.platform.settings.Setting}: a bad value
 * named with its property and variable), and the settings every kind of function shares (the portal's base URL
 * for links).
 */
package jp.resas.ops.platform.settings;
