/** How a handler gets the platform's Micronaut context inside Lambda, from its environment. */
package jp.resas.ops.functions.platform;
