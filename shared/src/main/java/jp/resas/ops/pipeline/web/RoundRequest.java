package jp.resas.ops.pipeline.web;

import java.util.List;
import jp.resas.ops.pipeline.infrastructure.RoundService;

record RoundRequest(String name, List<RoundService.PlannedItem> items) {
}
