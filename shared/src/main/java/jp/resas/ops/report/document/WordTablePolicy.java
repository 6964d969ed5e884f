package jp.resas.ops.report.document;

import com.deepoove.poi.policy.AbstractRenderPolicy;
import com.deepoove.poi.render.RenderContext;
import com.deepoove.poi.xwpf.BodyContainerFactory;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * Puts a {@link WordTable} where the template says {@code {{#table}}}: a table inserted at the tag as poi-tl's own table
 * policy does, its content replaced by the prepared XML in one copy, and the tag's paragraph removed.
 */
final class WordTablePolicy extends AbstractRenderPolicy<WordTable> {

    @Override
    public void doRender(RenderContext<WordTable> context) {
        XWPFTable table = BodyContainerFactory.getBodyContainer(context.getRun()).insertNewTable(context.getRun(), 1, 1);
        table.removeRow(0);
        table.getCTTbl().set(context.getData().xml());
    }

    @Override
    protected void afterRender(RenderContext<WordTable> context) {
        clearPlaceholder(context, true);
    }
}
