package jp.resas.ops.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The main menu built in Java: the page's section marked as the template's th:attr marked it, admin entries for admins. */
class NavigationTest {

    @Test
    void theSectionsEntry_isTheCurrentPage_andOnlyIt() {
        String nav = Navigation.html("incidents", false);

        assertThat(nav).contains("<li><a href=\"/portal/incidents\" aria-current=\"page\">障害</a></li>")
                .contains("<li><a href=\"/portal/\">ダッシュボード</a></li>").containsOnlyOnce("aria-current")
                .doesNotContain("/portal/settings/sla").doesNotContain("/portal/audit");
        assertThat(nav.split("<li>", -1)).hasSize(14);
        assertThat(Navigation.html("", false)).doesNotContain("aria-current");
        assertThat(Navigation.html(null, false)).doesNotContain("aria-current");
    }

    @Test
    void administrators_seeSettingsAndTheAuditLog() {
        assertThat(Navigation.html("audit", true))
                .contains("<li><a href=\"/portal/settings/sla\">設定</a></li>")
                .contains("<li><a href=\"/portal/audit\" aria-current=\"page\">監査ログ</a></li>");
        assertThat(Navigation.html("audit", true).split("<li>", -1)).hasSize(16);
    }
}
