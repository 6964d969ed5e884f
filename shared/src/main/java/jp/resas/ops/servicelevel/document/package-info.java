/** The 改善提案書 as a Word document: the template under resources/servicelevel/ filled by poi-tl. */
package jp.resas.ops.servicelevel.document;
