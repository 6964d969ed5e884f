/** JSON plumbing shared by the Step Functions runner: one mapper, node factories, text forms. */
package jp.resas.ops.sfn.json;
