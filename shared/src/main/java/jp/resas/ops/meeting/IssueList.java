package jp.resas.ops.meeting;

import jp.resas.ops.common.Actor;

/** The 課題管理表 as the minutes see it (port; the service desk's issues in {@code infrastructure}). */
public interface IssueList {

    /** Opens an issue for the action item, saying where it came from; returns its id. */
    long open(ActionItem item, String origin, Actor actor);
}
