"""The Chinese words complaints are printed and exported in (the papers are Chinese)."""

from __future__ import annotations

CHANNEL = {"call": "来电", "visit": "来访", "letter": "来信", "other": "其他（媒体、网络）"}
NATURE = {
    "valid": "有效投诉",
    "help": "沟通性（求助）",
    "question": "沟通性（咨询）",
    "venting": "沟通性（发泄）",
}
NATURE_SHORT = {"valid": "有效", "help": "求助", "question": "咨询", "venting": "发泄"}
CATEGORY = {
    "facilities": "设施设备",
    "attitude": "服务态度",
    "quality": "服务质量",
    "incident": "突发事件",
    "fees": "收费",
    "neighbours": "邻里噪音",
    "other": "其他",
}
LEVEL = {"general": "一般投诉", "major": "重大投诉"}
TIER = {0: "前台", 1: "客服主管", 2: "项目经理", 3: "公司"}
STATUS = {
    "received": "已受理",
    "assessed": "已评估",
    "investigated": "已调查",
    "proposed": "方案待批",
    "approved": "方案已批",
    "carried_out": "已处理待回访",
    "called_back": "已回访",
    "summarised": "已总结",
    "closed": "已结案",
    "dismissed": "无效投诉已关闭",
    "voided": "已作废",
}
SATISFACTION = {
    "very_satisfied": "非常满意",
    "satisfied": "满意",
    "fair": "一般",
    "dissatisfied": "不满意",
}
NOTE_CHANNEL = {"phone": "电话", "visit": "面谈", "written": "书面", "message": "短信/微信"}
ACTION = {
    "create": "受理投诉",
    "assess": "评估分类",
    "dismiss": "判定无效并关闭",
    "investigate": "调查",
    "propose": "提出处理方案",
    "approve": "批准方案",
    "reject": "退回方案",
    "carry_out": "处理完成，投诉人确认",
    "callback": "回访",
    "summarise": "总结",
    "close": "结案",
    "escalate": "升级上报",
    "note": "告知进展",
    "void": "作废",
}
SIGNS = {
    "fire": "火灾",
    "lift_trapped": "电梯困人",
    "explosion": "爆炸",
    "power_cut": "突然停电",
    "flooding": "水浸",
    "crime": "盗窃或治安案件",
    "collective": "三户以上集体投诉",
    "main_plant": "主要设备故障",
    "structural": "结构损坏",
    "exposure": "涉及法律或媒体",
}
# The daily summary's complaint section (日报).
DAILY = {
    "complaints": "投诉",
    "opened": "新受理（不含作废）",
    "closed": "结案",
    "dismissed": "判定无效关闭",
    "overdue": "超期未办结（截至打印时）",
    "open": "未结案（结转明日）",
    "by_level": "按级别",
    "by_category": "按类别",
    "overdue_table": "超期投诉",
    "major_table": "当日重大投诉",
    "serial": "编号",
    "room": "房号/地点",
    "category": "类别",
    "deadline": "期限",
    "late": "超期",
    "signs": "重大情形",
    "status": "状态",
}
