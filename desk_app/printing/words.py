"""The printed forms' own words. The paper is Chinese whatever the interface
language: these are the fixed vocabulary of the forms, not translations, and every
form takes them from here."""

from __future__ import annotations

# -- work orders ------------------------------------------------------------------

URGENCY_WORDS: dict[str, str] = {"emergency": "急修", "normal": "一般", "major": "重大"}
LOCATION_WORDS: dict[str, str] = {"in_home": "户内", "public_area": "公共区域"}
SATISFACTION_WORDS = ("非常满意", "满意", "一般", "不满意")
RESULT_WORDS = ("已修复", "临时处理", "未修复")
PAYMENT_WORDS = ("无偿", "有偿")
QUOTE_AGREED = "业主已同意报价"
CALLBACK_WAY_WORDS = ("电话", "上门", "短信/微信")
CALLBACK_RESULT_WORDS = ("已解决", "未解决", "无人接听")

SLIP_TITLE = "派 工 单"
CONTINUATION_TITLE = "派工单续页"
# (number, name) of each part, and what becomes of that copy.
PART_LABELS = (
    ("第一联", "存根（客服）"),
    ("第二联", "派工（维修）"),
    ("第三联", "回执（业主）"),
)
PART_NOTES = (
    "本联由客服前台留存，返单时核对",
    "完工后请业主签字评价，本联交回客服前台",
    "本联交业主留存",
)
# Where a box's text goes on: the technician cannot look anything up, so the paper
# never points at the system.
CONTINUED = "（转续页）"
CONTINUED_FROM = "（接上页）"
REPRINT_STAMP = "补 打"
REPRINT = "（补打）"
DATE_BLANK = "　　年　　月　　日"
TIME_BLANK = "　月　　日　　时　　分"

# -- the contact register ---------------------------------------------------------

REGISTER_TITLE = "来电来访登记表"
CATEGORY_WORDS = {
    "consultation": "咨询",
    "repair": "报修",
    "complaint": "投诉",
    "suggestion": "建议",
    "praise": "表扬",
    "other": "其他",
}
FOLLOW_UP_WORDS = {
    "open": "待跟进",
    "following": "跟进中",
    "handed": "已转办",
    "done": "已完成",
}
CALL_OUTCOME_WORDS = {
    "reached": "已接通",
    "no_answer": "无人接听",
    "busy": "占线",
    "wrong_number": "号码错误",
}
VOIDED = "【作废】"

# -- every form -------------------------------------------------------------------

CUT_HERE = "沿此线剪开"
PAGE_OF = "第 {page} 页 / 共 {pages} 页"

# -- the daily summary (日报 / 交接班表) ------------------------------------------

DAILY_TITLE = "前台日报 / 交接班表"
DAILY_WORDS = {
    "date": "日期",
    "center": "服务中心",
    "on_duty": "当班人员",
    "none": "无",
    "notes": "交接班备注",
    "no_notes": "（无）",
    "clerk_sign": "当班客服签字：",
    "supervisor_sign": "主管签字：",
    "sign_date": "日期：",
    "printed": "打印：{at}　{by}",
    "more": "……另有 {n} 条未列出",
    # contacts
    "contacts": "来电来访",
    "contacts.total": "登记总数（不含作废）",
    "contacts.voided": "作废",
    "contacts.by_channel": "按方式",
    "contacts.by_category": "按类别",
    "contacts.open": "未办结的跟进（结转明日）",
    "contacts.open_table": "当日未办结的登记",
    # work orders
    "work_orders": "派工单",
    "work_orders.opened": "新开",
    "work_orders.completed": "完工",
    "work_orders.handed_back": "退单",
    "work_orders.slips_returned": "返单",
    "work_orders.called_back": "回访",
    "work_orders.overdue": "超时（截至打印时）",
    "work_orders.slips_out": "未返单",
    "work_orders.callbacks_tomorrow": "明日到期回访",
    "work_orders.open": "未结单（结转明日）",
    "work_orders.overdue_table": "超时派工单",
    "work_orders.slips_table": "未返单",
    "work_orders.callbacks_table": "明日到期回访",
    "serial": "编号",
    "room": "房号/地点",
    "department": "部门",
    "late": "超时",
    "content": "内容",
    "completed_at": "完工时间",
    "due": "应回访",
}
