"""The card request's paper words (Chinese whatever the interface language), light
to import: the export and the room history use them without loading ReportLab."""

from __future__ import annotations

TITLE = "IC住户卡增办/补办申请表"
RECEIPT_TITLE = "收 款 收 据"
KIND_WORDS = {
    "first_issue": "首次办卡",
    "additional": "增办",
    "replace_lost": "补办（遗失）",
    "replace_damaged": "补办（损坏）",
    "cancel": "注销",
}
RELATION_WORDS = {"owner": "业主", "family": "家庭成员", "tenant": "租户"}
CONSENT_WORDS = {"present": "业主到场", "written": "业主书面同意", "phone": "电话确认"}
STATUS_WORDS = {
    "submitted": "待审批",
    "approved": "已审批",
    "rejected": "已驳回",
    "issued": "已发卡",
    "done": "已办结",
}
CARD_STATE_WORDS = {
    "active": "有效",
    "lost_blocked": "已挂失",
    "damaged_returned": "损坏已交回",
    "cancelled": "已注销",
}
