/** The satisfaction link of an inquiry and the service-level figures API. */
package jp.resas.ops.servicelevel.web;
