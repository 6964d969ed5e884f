/**
 * The ops portal's front door: the HTTP API, its Cognito user pool (groups operator, approver,
 * viewer, admin) and JWT authorizer, and the function serving the Micronaut controllers.
 */
package jp.resas.ops.infra.api;
