<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <source>Cannot open the database:
%1</source>
        <translation>无法打开数据库：
%1</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>备份文件夹：%1</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Backups (*.sqlite3)</source>
        <translation>备份文件 (*.sqlite3)</translation>
    </message>
    <message>
        <source>Replace the whole database with the backup %1? The database as it is now is kept as a copy in the backups folder.</source>
        <translation>用备份 %1 替换整个数据库吗？当前的数据库会另存一份副本在备份文件夹中。</translation>
    </message>
    <message>
        <source>Restored. The database as it was is kept in %1. Log in again on every desk.</source>
        <translation>已恢复。原数据库已另存为 %1。请各台前台电脑重新登录。</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>less than an hour ago</source>
        <translation>不到 1 小时前</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup has been made yet.</source>
        <translation>还没有做过备份。</translation>
    </message>
    <message>
        <source>Last backup: %1 (%2), %3 MB</source>
        <translation>最近一次备份：%1（%2），%3 MB</translation>
    </message>
</context>
<context>
    <name>BlockListDialog</name>
    <message>
        <source>for good</source>
        <translation>长期</translation>
    </message>
    <message>
        <source>Lifted</source>
        <translation>已解除</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>生效中</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已到期</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Added to the block list.</source>
        <translation>已加入黑名单。</translation>
    </message>
    <message>
        <source>Choose the entry to lift.</source>
        <translation>请先选择要解除的条目。</translation>
    </message>
    <message>
        <source>Lift a block</source>
        <translation>解除黑名单</translation>
    </message>
    <message>
        <source>Why is the block lifted?</source>
        <translation>解除的原因：</translation>
    </message>
    <message>
        <source>Lifted.</source>
        <translation>已解除。</translation>
    </message>
</context>
<context>
    <name>BlockListForm</name>
    <message>
        <source>Visitor block list</source>
        <translation>访客黑名单</translation>
    </message>
    <message>
        <source>&amp;Show lifted entries</source>
        <translation>显示已解除的条目(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Lift…</source>
        <translation>解除(&amp;L)…</translation>
    </message>
    <message>
        <source>Add to the block list: the name and phone, the ID number or the plate</source>
        <translation>加入黑名单：填姓名和电话、证件号码或车牌</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>电话(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;ID number</source>
        <translation>证件号码(&amp;I)</translation>
    </message>
    <message>
        <source>Pl&amp;ate</source>
        <translation>车牌(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>截止(&amp;U)</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>加入(&amp;D)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>CallbackDialog</name>
    <message>
        <source>Callback %1</source>
        <translation>回访 %1</translation>
    </message>
    <message>
        <source>Amend the callback result of %1</source>
        <translation>修改 %1 的回访结果</translation>
    </message>
    <message>
        <source>The slip is back: saving this result closes the order.</source>
        <translation>派工单已返回：保存此回访结果后，派工单即关闭。</translation>
    </message>
</context>
<context>
    <name>CallbackForm</name>
    <message>
        <source>Callback</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>回访情况(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Satisfaction</source>
        <translation>满意度(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>回访结果(&amp;R)</translation>
    </message>
    <message>
        <source>What the resident says of the job</source>
        <translation>业主对维修的评价</translation>
    </message>
    <message>
        <source>Re&amp;marks</source>
        <translation>备注(&amp;M)</translation>
    </message>
    <message>
        <source>Call &amp;again at</source>
        <translation>再次回访时间(&amp;A)</translation>
    </message>
    <message>
        <source>Reason for the &amp;change</source>
        <translation>修改原因(&amp;C)</translation>
    </message>
</context>
<context>
    <name>CardRequestDialog</name>
    <message>
        <source>Not recorded</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>%1: not in the register</source>
        <translation>%1：卡片登记中没有此卡</translation>
    </message>
</context>
<context>
    <name>CardRequestForm</name>
    <message>
        <source>Access card request</source>
        <translation>住户卡申请</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>申请类别(&amp;K)</translation>
    </message>
    <message>
        <source>Ho&amp;me</source>
        <translation>房号(&amp;M)</translation>
    </message>
    <message>
        <source>room, surname or phone</source>
        <translation>房号、姓氏或电话</translation>
    </message>
    <message>
        <source>&amp;Applicant</source>
        <translation>申请人(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;lation to the owner</source>
        <translation>与业主关系(&amp;L)</translation>
    </message>
    <message>
        <source>Owner&apos;s co&amp;nsent</source>
        <translation>业主同意(&amp;N)</translation>
    </message>
    <message>
        <source>e.g. the owner&apos;s phone, the letter</source>
        <translation>如业主电话、同意书</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;ID number</source>
        <translation>身份证号(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Old cards</source>
        <translation>原卡号(&amp;O)</translation>
    </message>
    <message>
        <source>swipe or type each card + Enter</source>
        <translation>逐张刷卡或输入卡号后按回车</translation>
    </message>
    <message>
        <source>The home&apos;s active cards: tick the ones this request is about.</source>
        <translation>本户的有效卡：勾选本次申请涉及的卡。</translation>
    </message>
    <message>
        <source>Number of &amp;cards</source>
        <translation>办卡数量(&amp;C)</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>工本费</translation>
    </message>
    <message>
        <source>&amp;Waive the fee</source>
        <translation>免收(&amp;W)</translation>
    </message>
    <message>
        <source>why it is waived</source>
        <translation>免收原因</translation>
    </message>
    <message>
        <source>R&amp;eason</source>
        <translation>申请原因(&amp;E)</translation>
    </message>
    <message>
        <source>Documents checked</source>
        <translation>已核验资料</translation>
    </message>
</context>
<context>
    <name>CardStepDialog</name>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <source>Card %1 is already active for %2 (%3).</source>
        <translation>卡 %1 正在 %2（%3）使用中，不能再发放。</translation>
    </message>
    <message>
        <source>%1 of %2 card(s) entered.</source>
        <translation>已录入 %1 张，共 %2 张。</translation>
    </message>
</context>
<context>
    <name>CardStepForm</name>
    <message>
        <source>Card request step</source>
        <translation>住户卡申请办理</translation>
    </message>
    <message>
        <source>New &amp;card</source>
        <translation>新卡号(&amp;C)</translation>
    </message>
    <message>
        <source>swipe or type the card + Enter</source>
        <translation>刷卡或输入卡号后按回车</translation>
    </message>
    <message>
        <source>Re&amp;move the card selected</source>
        <translation>删除选中的卡(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Signed for by</source>
        <translation>领卡人签字(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
</context>
<context>
    <name>Cards</name>
    <message>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Lost, blocked</source>
        <translation>已挂失</translation>
    </message>
    <message>
        <source>Damaged, returned</source>
        <translation>损坏已交回</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已注销</translation>
    </message>
    <message>
        <source>First issue</source>
        <translation>首次办卡</translation>
    </message>
    <message>
        <source>Additional card</source>
        <translation>增办</translation>
    </message>
    <message>
        <source>Replacement (lost)</source>
        <translation>补办（遗失）</translation>
    </message>
    <message>
        <source>Replacement (damaged)</source>
        <translation>补办（损坏）</translation>
    </message>
    <message>
        <source>Cancel cards</source>
        <translation>注销</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>Owner present</source>
        <translation>业主到场</translation>
    </message>
    <message>
        <source>Written consent</source>
        <translation>业主书面同意</translation>
    </message>
    <message>
        <source>Confirmed by phone</source>
        <translation>电话确认</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已审批</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>已发卡</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>审批同意</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Hand over the cards</source>
        <translation>发卡</translation>
    </message>
    <message>
        <source>File the signed form</source>
        <translation>签字表归档</translation>
    </message>
    <message>
        <source>The card request</source>
        <translation>该住户卡申请</translation>
    </message>
    <message>
        <source>block</source>
        <translation>挂失</translation>
    </message>
    <message>
        <source>replace</source>
        <translation>补办</translation>
    </message>
    <message>
        <source>cancel</source>
        <translation>注销</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>申请类别</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Relation to the owner</source>
        <translation>与业主关系</translation>
    </message>
    <message>
        <source>Number of cards</source>
        <translation>办卡数量</translation>
    </message>
    <message>
        <source>Owner&apos;s consent</source>
        <translation>业主同意</translation>
    </message>
    <message>
        <source>Documents checked</source>
        <translation>已核验资料</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>工本费</translation>
    </message>
    <message>
        <source>Fee waived</source>
        <translation>免收工本费</translation>
    </message>
    <message>
        <source>Why waived</source>
        <translation>免收原因</translation>
    </message>
    <message>
        <source>Old cards</source>
        <translation>原卡号</translation>
    </message>
    <message>
        <source>New cards</source>
        <translation>新卡号</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>审批时间</translation>
    </message>
    <message>
        <source>Handed over at</source>
        <translation>发卡时间</translation>
    </message>
    <message>
        <source>Signed for by</source>
        <translation>领卡人</translation>
    </message>
    <message>
        <source>Filed at</source>
        <translation>归档时间</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>打印份次</translation>
    </message>
    <message>
        <source>Request taken</source>
        <translation>受理申请</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>持卡人</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>申请编号</translation>
    </message>
</context>
<context>
    <name>CardsForm</name>
    <message>
        <source>&amp;Find a card — swipe it, or type a number, room or holder:</source>
        <translation>查卡(&amp;F)——刷卡，或输入卡号、房号、持卡人：</translation>
    </message>
    <message>
        <source>card number + Enter</source>
        <translation>卡号 + 回车</translation>
    </message>
    <message>
        <source>&amp;Home:</source>
        <translation>房号(&amp;H)：</translation>
    </message>
    <message>
        <source>room, surname or phone</source>
        <translation>房号、姓氏或电话</translation>
    </message>
    <message>
        <source>&amp;New request… (Ctrl+N)</source>
        <translation>新建申请(&amp;N)…（Ctrl+N）</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>住户卡</translation>
    </message>
    <message>
        <source>Double-click a card to see its history.</source>
        <translation>双击一张卡查看其记录。</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Only the home chosen</source>
        <translation>只看所选房号</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>More steps</source>
        <translation>更多操作</translation>
    </message>
    <message>
        <source>&amp;Print the form…</source>
        <translation>打印申请表(&amp;P)…</translation>
    </message>
    <message>
        <source>Fee &amp;receipt…</source>
        <translation>收款收据(&amp;R)…</translation>
    </message>
    <message>
        <source>Histor&amp;y…</source>
        <translation>修改记录(&amp;Y)…</translation>
    </message>
</context>
<context>
    <name>CardsPage</name>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>持卡人</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>发卡日期</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>申请编号</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>No. of cards</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) found.</source>
        <translation>
            <numerusform>找到 %n 张卡。</numerusform>
        </translation>
    </message>
    <message>
        <source>No card matches “%1”.</source>
        <translation>没有与“%1”相符的卡。</translation>
    </message>
    <message>
        <source>Cards of %1: %2 active</source>
        <translation>%1 的住户卡：有效 %2 张</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>住户卡</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n 份申请</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a request to see it here.</source>
        <translation>选择一份申请，在这里查看详情。</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <source>Taken %1.</source>
        <translation>已受理 %1。</translation>
    </message>
    <message>
        <source>Access card application form</source>
        <translation>IC住户卡增办/补办申请表</translation>
    </message>
    <message>
        <source>Fee receipt</source>
        <translation>收款收据</translation>
    </message>
    <message>
        <source>Change history of %1</source>
        <translation>%1 的修改记录</translation>
    </message>
    <message>
        <source>History of card %1</source>
        <translation>卡 %1 的记录</translation>
    </message>
    <message>
        <source>Export card requests</source>
        <translation>导出住户卡申请</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 文件 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
</context>
<context>
    <name>CardsWords</name>
    <message>
        <source>Request taken</source>
        <translation>受理申请</translation>
    </message>
    <message>
        <source>Card %1 is not in the register.</source>
        <translation>卡 %1 不在住户卡登记中。</translation>
    </message>
    <message>
        <source> (issued %1 time(s) before)</source>
        <translation>（此前发放过 %1 次）</translation>
    </message>
    <message>
        <source>%1 yuan, waived: %2</source>
        <translation>%1 元，已免收：%2</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Owner&apos;s consent</source>
        <translation>业主同意</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>办卡数量</translation>
    </message>
    <message>
        <source>Old cards</source>
        <translation>原卡号</translation>
    </message>
    <message>
        <source>New cards</source>
        <translation>新卡号</translation>
    </message>
    <message>
        <source>Documents checked</source>
        <translation>已核验资料</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>工本费</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>申请原因</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>发卡</translation>
    </message>
    <message>
        <source>Card request %1</source>
        <translation>住户卡申请 %1</translation>
    </message>
    <message>
        <source>Access card %1</source>
        <translation>住户卡 %1</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>no database file at {path}</source>
        <translation>{path} 处没有数据库文件</translation>
    </message>
    <message>
        <source>cannot be read: {reason}</source>
        <translation>无法读取：{reason}</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>not a database: {problems}</source>
        <translation>不是数据库文件：{problems}</translation>
    </message>
    <message>
        <source>damaged: {problems} (and {more} more)</source>
        <translation>已损坏：{problems}（另有 {more} 处）</translation>
    </message>
    <message>
        <source>damaged: {problems}</source>
        <translation>已损坏：{problems}</translation>
    </message>
    <message>
        <source>schema version {current} (program expects {head})</source>
        <translation>数据库版本 {current}（程序需要 {head}）</translation>
    </message>
    <message>
        <source>no schema: not a database of this program ({head})</source>
        <translation>没有数据库结构：不是本程序的数据库（{head}）</translation>
    </message>
    <message>
        <source>schema version {current}: the program upgrades it to {head} when it next opens it, after a backup</source>
        <translation>数据库版本 {current}：程序下次打开时会先备份，再升级到 {head}</translation>
    </message>
    <message>
        <source>{n} dangling references</source>
        <translation>{n} 处悬空引用</translation>
    </message>
    <message>
        <source>{n} unknown actors</source>
        <translation>{n} 个未知操作人</translation>
    </message>
    <message>
        <source>chained when the schema is upgraded</source>
        <translation>升级数据库结构时再串联</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Added {added} calls and visits and {orders} work orders to {url}</source>
        <translation>已向 {url} 添加 {added} 条来电来访和 {orders} 张派工单</translation>
    </message>
    <message>
        <source>Demo database ready: {url}</source>
        <translation>演示数据库已就绪：{url}</translation>
    </message>
    <message>
        <source>Departments: {n}</source>
        <translation>部门：{n}</translation>
    </message>
    <message>
        <source>Register: {rooms} rooms, {residents} residents</source>
        <translation>住户档案：{rooms} 间房，{residents} 位住户</translation>
    </message>
    <message>
        <source>Activity: {contacts} calls and visits over {days} days</source>
        <translation>业务：{days} 天内 {contacts} 条来电来访</translation>
    </message>
    <message>
        <source>Work orders: {n}</source>
        <translation>派工单：{n}</translation>
    </message>
    <message>
        <source>Complaints: {n} over a year</source>
        <translation>投诉：一年内 {n} 宗</translation>
    </message>
    <message>
        <source>Users: {users} — password: {password}</source>
        <translation>用户：{users} — 密码：{password}</translation>
    </message>
    <message>
        <source>Database: {url}</source>
        <translation>数据库：{url}</translation>
    </message>
    <message>
        <source>Written {path}</source>
        <translation>已写入 {path}</translation>
    </message>
    <message>
        <source>Written {path}: {serial}, print {count} (reprint)</source>
        <translation>已写入 {path}：{serial}，第 {count} 次打印（补打）</translation>
    </message>
    <message>
        <source>Written {path}: {serial}, print {count}</source>
        <translation>已写入 {path}：{serial}，第 {count} 次打印</translation>
    </message>
    <message>
        <source>Written {path}: {rows} rows</source>
        <translation>已写入 {path}：{rows} 行</translation>
    </message>
    <message>
        <source>sheet {sheet}, row {row}</source>
        <translation>工作表 {sheet}，第 {row} 行</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>第 {row} 行</translation>
    </message>
    <message>
        <source>Header ({where}): {columns}</source>
        <translation>表头（{where}）：{columns}</translation>
    </message>
    <message>
        <source>{valid} rows valid: {new} new residents, {update} to update, {unchanged} already registered, {rooms} new rooms</source>
        <translation>{valid} 行有效：新住户 {new} 位，待更新 {update} 位，已登记 {unchanged} 位，新房间 {rooms} 间</translation>
    </message>
    <message>
        <source>Imported: {new} new residents, {updated} updated, {unchanged} already registered, {rooms} new rooms</source>
        <translation>已导入：新住户 {new} 位，更新 {updated} 位，已登记 {unchanged} 位，新房间 {rooms} 间</translation>
    </message>
    <message>
        <source>Row {where}{column}: {message}</source>
        <translation>第 {where} 行{column}：{message}</translation>
    </message>
    <message>
        <source>{counts}; {rejected} rows rejected.</source>
        <translation>{counts}；拒收 {rejected} 行。</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>试运行：没有写入任何数据。</translation>
    </message>
    <message>
        <source>Month {month} closed, version {version}: {files} files in {path}</source>
        <translation>{month} 已归档（第 {version} 版）：{files} 个文件，位于 {path}</translation>
    </message>
    <message>
        <source>Not signed by a supervisor: {day}</source>
        <translation>主管未签字：{day}</translation>
    </message>
    <message>
        <source>Backup written: {path} ({size} MB)</source>
        <translation>已备份到 {path}（{size} MB）</translation>
    </message>
    <message>
        <source>Copied to {path}</source>
        <translation>已复制到 {path}</translation>
    </message>
    <message>
        <source>Older backup removed: {path}</source>
        <translation>已删除过期备份：{path}</translation>
    </message>
    <message>
        <source>Restored from {path}</source>
        <translation>已从 {path} 恢复</translation>
    </message>
    <message>
        <source>The database as it was is kept in {path}</source>
        <translation>原数据库已另存为 {path}</translation>
    </message>
    <message>
        <source>Written {path}: {serial}</source>
        <translation>已写入 {path}：{serial}</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>New complaint</source>
        <translation>新投诉</translation>
    </message>
    <message>
        <source>Room, phone digits or name</source>
        <translation>房号、电话尾号或姓名</translation>
    </message>
    <message>
        <source>Made in writing (needs a written reply)</source>
        <translation>书面投诉（须书面回复）</translation>
    </message>
    <message>
        <source>Solved on the spot (no reply deadline)</source>
        <translation>现场已解决（无回复期限）</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>投诉方式</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>What the complaint is</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>投诉性质</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>投诉类别</translation>
    </message>
    <message>
        <source>Households together</source>
        <translation>涉及户数</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>投诉级别</translation>
    </message>
    <message>
        <source>Responsible department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Major signs</source>
        <translation>重大情形</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>保存 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>This looks like a major complaint (%1): set the level to major, and the project manager is told at once.</source>
        <translation>这可能是重大投诉（%1）：请把级别设为“重大”，保存后立即通知项目经理。</translation>
    </message>
    <message>
        <source>Major complaint: the project manager is told as soon as it is saved.</source>
        <translation>重大投诉：保存后立即通知项目经理。</translation>
    </message>
    <message>
        <source>Confirm the level: choose major, or save again to keep it general.</source>
        <translation>请确认级别：选择“重大”，或再次保存以按一般投诉处理。</translation>
    </message>
</context>
<context>
    <name>ComplaintSteps</name>
    <message>
        <source>Nature</source>
        <translation>投诉性质</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>投诉类别</translation>
    </message>
    <message>
        <source>Major complaint</source>
        <translation>重大投诉</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>评估意见</translation>
    </message>
    <message>
        <source>Explanation given to the complainant</source>
        <translation>向投诉人所作的解释</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Responsible party</source>
        <translation>责任方</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Resolution proposed</source>
        <translation>处理方案</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>备注（可不填）</translation>
    </message>
    <message>
        <source>Why it goes back</source>
        <translation>退回原因</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>处理情况</translation>
    </message>
    <message>
        <source>How the complainant confirmed</source>
        <translation>投诉人如何确认</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>回访记录</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>经验教训</translation>
    </message>
    <message>
        <source>Corrective and preventive action</source>
        <translation>纠正预防措施</translation>
    </message>
    <message>
        <source>Reason for escalating</source>
        <translation>升级原因</translation>
    </message>
    <message>
        <source>How</source>
        <translation>告知方式</translation>
    </message>
    <message>
        <source>What they were told</source>
        <translation>告知内容</translation>
    </message>
    <message>
        <source>Why it is void</source>
        <translation>作废原因</translation>
    </message>
</context>
<context>
    <name>ComplaintWords</name>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（已逾期）</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Major complaint: not yet acknowledged by the project manager.</source>
        <translation>重大投诉：项目经理尚未确认知悉。</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <source>Room / place</source>
        <translation>房号/地点</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>性质</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Escalated to</source>
        <translation>上报至</translation>
    </message>
    <message>
        <source>Major signs</source>
        <translation>重大情形</translation>
    </message>
    <message>
        <source>In writing</source>
        <translation>书面投诉</translation>
    </message>
    <message>
        <source>a written reply is needed</source>
        <translation>须书面回复</translation>
    </message>
    <message>
        <source>Repeat of</source>
        <translation>重复投诉，关联</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>下一期限</translation>
    </message>
    <message>
        <source>Resolve by</source>
        <translation>处理期限</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>关联记录</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任方</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>处理方案</translation>
    </message>
    <message>
        <source>Carried out</source>
        <translation>处理情况</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>投诉人确认</translation>
    </message>
    <message>
        <source>Prevention</source>
        <translation>纠正预防措施</translation>
    </message>
    <message>
        <source>Closing note</source>
        <translation>关闭说明</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>处理过程</translation>
    </message>
</context>
<context>
    <name>Complaints</name>
    <message>
        <source>Phone call</source>
        <translation>来电</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>来信</translation>
    </message>
    <message>
        <source>Other (press, online)</source>
        <translation>其他（媒体、网络）</translation>
    </message>
    <message>
        <source>Valid complaint</source>
        <translation>有效投诉</translation>
    </message>
    <message>
        <source>Communicative: asking for help</source>
        <translation>沟通性：求助</translation>
    </message>
    <message>
        <source>Communicative: asking a question</source>
        <translation>沟通性：咨询</translation>
    </message>
    <message>
        <source>Communicative: venting</source>
        <translation>沟通性：发泄</translation>
    </message>
    <message>
        <source>Facilities and equipment</source>
        <translation>设施设备</translation>
    </message>
    <message>
        <source>Service attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <source>Service quality</source>
        <translation>服务质量</translation>
    </message>
    <message>
        <source>Sudden incident</source>
        <translation>突发事件</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>收费</translation>
    </message>
    <message>
        <source>Neighbours and noise</source>
        <translation>邻里噪音</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>前台</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>客服主管</translation>
    </message>
    <message>
        <source>Project manager</source>
        <translation>项目经理</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Fire</source>
        <translation>火灾</translation>
    </message>
    <message>
        <source>People trapped in a lift</source>
        <translation>电梯困人</translation>
    </message>
    <message>
        <source>Explosion</source>
        <translation>爆炸</translation>
    </message>
    <message>
        <source>Sudden power cut</source>
        <translation>突然停电</translation>
    </message>
    <message>
        <source>Flooding</source>
        <translation>水浸</translation>
    </message>
    <message>
        <source>Theft or crime</source>
        <translation>盗窃或治安案件</translation>
    </message>
    <message>
        <source>Three or more households</source>
        <translation>三户以上集体投诉</translation>
    </message>
    <message>
        <source>Main plant failure</source>
        <translation>主要设备故障</translation>
    </message>
    <message>
        <source>Structural damage</source>
        <translation>结构损坏</translation>
    </message>
    <message>
        <source>Legal or press exposure</source>
        <translation>涉及法律或媒体</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>已评估</translation>
    </message>
    <message>
        <source>Investigated</source>
        <translation>已调查</translation>
    </message>
    <message>
        <source>Resolution proposed</source>
        <translation>方案待批</translation>
    </message>
    <message>
        <source>Resolution approved</source>
        <translation>方案已批</translation>
    </message>
    <message>
        <source>Carried out and confirmed</source>
        <translation>已处理待回访</translation>
    </message>
    <message>
        <source>Called back</source>
        <translation>已回访</translation>
    </message>
    <message>
        <source>Summarised</source>
        <translation>已总结</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Closed as invalid</source>
        <translation>无效投诉已关闭</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Assess</source>
        <translation>评估分类</translation>
    </message>
    <message>
        <source>Close as invalid</source>
        <translation>判定无效并关闭</translation>
    </message>
    <message>
        <source>Record the investigation</source>
        <translation>登记调查结果</translation>
    </message>
    <message>
        <source>Propose a resolution</source>
        <translation>提出处理方案</translation>
    </message>
    <message>
        <source>Approve the resolution</source>
        <translation>批准处理方案</translation>
    </message>
    <message>
        <source>Send the proposal back</source>
        <translation>退回处理方案</translation>
    </message>
    <message>
        <source>Carried out, complainant confirms</source>
        <translation>处理完成，投诉人确认</translation>
    </message>
    <message>
        <source>Record the callback</source>
        <translation>登记回访</translation>
    </message>
    <message>
        <source>Write the summary</source>
        <translation>填写总结</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>升级上报</translation>
    </message>
    <message>
        <source>Tell the complainant of progress</source>
        <translation>告知投诉人进展</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>The complaint</source>
        <translation>该投诉</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>面谈</translation>
    </message>
    <message>
        <source>In writing</source>
        <translation>书面</translation>
    </message>
    <message>
        <source>By message (SMS, WeChat)</source>
        <translation>短信/微信</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Reply by</source>
        <translation>回复期限</translation>
    </message>
    <message>
        <source>Resolve by</source>
        <translation>处理期限</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <source>&amp;New complaint (Ctrl+N)</source>
        <translation>新投诉(&amp;N) (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open complaints</source>
        <translation>未结投诉</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>重大投诉</translation>
    </message>
    <message>
        <source>All complaints</source>
        <translation>全部投诉</translation>
    </message>
    <message>
        <source>Search the content</source>
        <translation>搜索投诉内容</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>确认知悉(&amp;A)</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>More steps</source>
        <translation>更多步骤</translation>
    </message>
    <message>
        <source>&amp;Event report…</source>
        <translation>投诉事件报告(&amp;E)…</translation>
    </message>
    <message>
        <source>E&amp;xport a year…</source>
        <translation>导出近一年(&amp;X)…</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>投诉时间</translation>
    </message>
    <message>
        <source>Room / place</source>
        <translation>房号/地点</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>With</source>
        <translation>处理层级</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>下一期限</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>%1 shown · open %2 · overdue %3</source>
        <translation>显示 %1 宗 · 未结 %2 宗 · 逾期 %3 宗</translation>
    </message>
    <message>
        <source>Major complaints not yet acknowledged by the project manager: %1</source>
        <translation>项目经理尚未确认知悉的重大投诉：%1</translation>
    </message>
    <message>
        <source>Select a complaint to see it here.</source>
        <translation>选择一件投诉，在这里查看详情。</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <source>%1 acknowledged.</source>
        <translation>%1 已确认知悉。</translation>
    </message>
    <message>
        <source>Complaint event report</source>
        <translation>住户投诉事件报告</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>已登记 %1。</translation>
    </message>
    <message>
        <source>Major complaint: the project manager has been told.</source>
        <translation>重大投诉：已通知项目经理。</translation>
    </message>
    <message>
        <source>A repeat of %1 from the same home about the same matter within the repeat window: linked to it and escalated one level.</source>
        <translation>同一房屋在规定时间内就同类问题再次投诉（%1）：已关联并自动升级一级。</translation>
    </message>
    <message>
        <source>Export complaints</source>
        <translation>导出投诉</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
</context>
<context>
    <name>Contacts</name>
    <message>
        <source>Consultation</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>报修</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>表扬</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待跟进</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>跟进中</translation>
    </message>
    <message>
        <source>Handed on</source>
        <translation>已转办</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>已接通</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>占线</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>号码错误</translation>
    </message>
    <message>
        <source>who (name)</source>
        <translation>来电人姓名（谁）</translation>
    </message>
    <message>
        <source>where (room or place)</source>
        <translation>房号或地点（哪里）</translation>
    </message>
    <message>
        <source>since when</source>
        <translation>发生时间（从何时起）</translation>
    </message>
    <message>
        <source>how to reach them (phone)</source>
        <translation>联系电话（怎么联系）</translation>
    </message>
    <message>
        <source>what happened</source>
        <translation>事情内容（什么事）</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Room / place as said</source>
        <translation>所报房号/地点</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <source>Forwarded to</source>
        <translation>流转部门</translation>
    </message>
    <message>
        <source>Person forwarded to</source>
        <translation>流转人</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Follow-up result</source>
        <translation>跟进结果</translation>
    </message>
    <message>
        <source>Call outcome</source>
        <translation>致电结果</translation>
    </message>
    <message>
        <source>Review remark</source>
        <translation>审核意见</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>审核</translation>
    </message>
</context>
<context>
    <name>ContactsForm</name>
    <message>
        <source>Log a call or visit</source>
        <translation>来电来访登记</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>房号(&amp;R)</translation>
    </message>
    <message>
        <source>3-2-1501, phone digits or surname</source>
        <translation>3-2-1501、电话尾号、姓氏或拼音首字母</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>电话(&amp;H)</translation>
    </message>
    <message>
        <source>Cate&amp;gory</source>
        <translation>类别(&amp;G)</translation>
    </message>
    <message>
        <source>S&amp;ince</source>
        <translation>发生时间(&amp;I)</translation>
    </message>
    <message>
        <source>e.g. since yesterday evening</source>
        <translation>如：昨天晚上开始</translation>
    </message>
    <message>
        <source>Channe&amp;l</source>
        <translation>方式(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>内容(&amp;W)</translation>
    </message>
    <message>
        <source>Forwarded &amp;to</source>
        <translation>流转部门(&amp;T)</translation>
    </message>
    <message>
        <source>P&amp;erson</source>
        <translation>流转人(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation>跟进状态(&amp;F)</translation>
    </message>
    <message>
        <source>Create wor&amp;k order…</source>
        <translation>转派工单(&amp;K)…</translation>
    </message>
    <message>
        <source>M&amp;ark reviewed…</source>
        <translation>审核(&amp;A)…</translation>
    </message>
    <message>
        <source>Ti&amp;me</source>
        <translation>登记时间(&amp;M)</translation>
    </message>
    <message>
        <source>Res&amp;ult</source>
        <translation>跟进结果(&amp;U)</translation>
    </message>
    <message>
        <source>Call outc&amp;ome</source>
        <translation>通话结果(&amp;O)</translation>
    </message>
    <message>
        <source>New (Esc)</source>
        <translation>新登记 (Esc)</translation>
    </message>
    <message>
        <source>Create &amp;complaint…</source>
        <translation>转投诉(&amp;C)…</translation>
    </message>
    <message>
        <source>Card re&amp;quest…</source>
        <translation>住户卡申请(&amp;Q)…</translation>
    </message>
    <message>
        <source>&amp;Save (Ctrl+Enter)</source>
        <translation>保存(&amp;S) (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>This home&apos;s recent records</source>
        <translation>本户近期记录</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Room or building</source>
        <translation>房号或楼栋</translation>
    </message>
    <message>
        <source>Search the content (2+ characters)</source>
        <translation>搜索内容（至少 2 个字）</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>只看超时</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>修改记录…</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>作废(&amp;V)…</translation>
    </message>
    <message>
        <source>Sign the &amp;day…</source>
        <translation>当日签字(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Print register…</source>
        <translation>打印登记表(&amp;P)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>All channels</source>
        <translation>全部方式</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Any follow-up</source>
        <translation>全部跟进状态</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>全部接待人</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Room / place</source>
        <translation>房号/地点</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>接待人</translation>
    </message>
    <message>
        <source>Forwarded to</source>
        <translation>流转</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Voided: %1</source>
        <translation>已作废：%1</translation>
    </message>
    <message>
        <source>Follow-up overdue</source>
        <translation>跟进已超时</translation>
    </message>
    <message>
        <source>%1 made from %2.</source>
        <translation>已由 %2 生成 %1。</translation>
    </message>
    <message>
        <source>Logged %1.</source>
        <translation>已登记 %1。</translation>
    </message>
    <message>
        <source>Amend a signed day</source>
        <translation>修改已签字的记录</translation>
    </message>
    <message>
        <source>Reason for the amendment:</source>
        <translation>修改原因：</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>共 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed by %1 at %2</source>
        <translation>%1 已于 %2 签字</translation>
    </message>
    <message>
        <source>Select an entry in the list first.</source>
        <translation>请先在列表中选择一条记录。</translation>
    </message>
    <message>
        <source>Void %1</source>
        <translation>作废 %1</translation>
    </message>
    <message>
        <source>Reason for voiding:</source>
        <translation>作废原因：</translation>
    </message>
    <message>
        <source>%1 voided.</source>
        <translation>%1 已作废。</translation>
    </message>
    <message>
        <source>Review %1</source>
        <translation>审核 %1</translation>
    </message>
    <message>
        <source>Remark (optional):</source>
        <translation>审核意见（可不填）：</translation>
    </message>
    <message>
        <source>%1 reviewed.</source>
        <translation>%1 已审核。</translation>
    </message>
    <message>
        <source>Changed after it was signed by %1: sign it again</source>
        <translation>%1 签字后有改动：请重新签字</translation>
    </message>
    <message numerus="yes">
        <source>Review %n entries</source>
        <translation>
            <numerusform>审核 %n 条登记</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries reviewed.</source>
        <translation>
            <numerusform>已审核 %n 条登记。</numerusform>
        </translation>
    </message>
    <message>
        <source>Show a single day to sign it.</source>
        <translation>请先把日期范围设为同一天，再签字。</translation>
    </message>
    <message>
        <source>Sign the day</source>
        <translation>当日签字</translation>
    </message>
    <message>
        <source>Sign %1 with %2 entries (%3 reviewed)? Signed entries can only be amended by a supervisor, with a reason.</source>
        <translation>确认签字 %1 的 %2 条登记（已审核 %3 条）？签字后只有主管可以修改，且须填写原因。</translation>
    </message>
    <message>
        <source>%1 signed.</source>
        <translation>%1 已签字。</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>%1 的修改记录</translation>
    </message>
    <message>
        <source>Contact register %1</source>
        <translation>来电来访登记表 %1</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>导出来电来访</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 文件 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
</context>
<context>
    <name>Daily</name>
    <message>
        <source>Handover notes</source>
        <translation>交接班备注</translation>
    </message>
</context>
<context>
    <name>DailySummaryDialog</name>
    <message>
        <source>Daily summary and handover</source>
        <translation>日报与交接班</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>What the next shift must know: work in progress, promises made, …</source>
        <translation>下一班需要知道的事：正在处理的事项、答应住户的事情……</translation>
    </message>
    <message>
        <source>Handover &amp;notes</source>
        <translation>交接班备注(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save notes</source>
        <translation>保存备注(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Preview and print…</source>
        <translation>预览并打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Handover notes of %1 saved.</source>
        <translation>%1 的交接班备注已保存。</translation>
    </message>
    <message>
        <source>Daily summary %1</source>
        <translation>前台日报 %1</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Days not yet signed (contact log)</source>
        <translation>来电来访登记未签字的日期</translation>
    </message>
    <message>
        <source>Days changed after signing: sign them again</source>
        <translation>签字后有改动的日期（请重新签字）</translation>
    </message>
    <message>
        <source>Setting up this site</source>
        <translation>新站点设置</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Departments and their phones</source>
        <translation>部门及其电话</translation>
    </message>
    <message>
        <source>Buildings and rooms (import or add)</source>
        <translation>楼栋和房间（导入或添加）</translation>
    </message>
    <message>
        <source>Paper profile</source>
        <translation>打印纸张</translation>
    </message>
    <message>
        <source>Printer calibration page</source>
        <translation>打印机校准页</translation>
    </message>
    <message>
        <source>Go there</source>
        <translation>去办理</translation>
    </message>
    <message>
        <source>Daily summary and handover…</source>
        <translation>日报与交接班…</translation>
    </message>
    <message>
        <source>The database has never been backed up.</source>
        <translation>数据库还从未备份过。</translation>
    </message>
    <message>
        <source>The last backup was made %1.</source>
        <translation>最近一次备份是在%1。</translation>
    </message>
    <message>
        <source>Tell the administrator.</source>
        <translation>请告知管理员。</translation>
    </message>
    <message>
        <source>Users, departments and settings: see Settings.</source>
        <translation>用户、部门和系统设置请到“设置”页面办理。</translation>
    </message>
    <message>
        <source>Today %1: %2 calls and visits logged.</source>
        <translation>今天 %1：已登记来电来访 %2 条。</translation>
    </message>
    <message>
        <source>Follow-ups overdue: %1</source>
        <translation>跟进超时：%1 条</translation>
    </message>
    <message>
        <source>Work orders overdue: %1</source>
        <translation>派工单超时：%1</translation>
    </message>
    <message>
        <source>awaiting dispatch: %1</source>
        <translation>待派工：%1</translation>
    </message>
    <message>
        <source>due within the warning time: %1</source>
        <translation>即将到期：%1</translation>
    </message>
    <message>
        <source>callbacks due: %1</source>
        <translation>待回访：%1</translation>
    </message>
    <message>
        <source>slips not returned: %1</source>
        <translation>未返单：%1</translation>
    </message>
    <message>
        <source>unreachable for callback: %1</source>
        <translation>回访联系不上：%1</translation>
    </message>
    <message>
        <source>unread notices: %1</source>
        <translation>未读通知：%1</translation>
    </message>
    <message>
        <source>Every day is signed.</source>
        <translation>所有日期都已签字。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entries logged, amended or voided after %2 signed</source>
        <translation>
            <numerusform>%1：%2 签字后有 %n 条登记被补登、修改或作废</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n desk user(s) besides the administrator</source>
        <translation>
            <numerusform>除管理员外有 %n 个前台用户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n department(s) without a phone number</source>
        <translation>
            <numerusform>%n 个部门还没有电话</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n department(s), each with its phone</source>
        <translation>
            <numerusform>%n 个部门，都已填写电话</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n room(s) registered</source>
        <translation>
            <numerusform>已登记 %n 间房</numerusform>
        </translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>已选择</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>尚未选择</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <source>not printed yet</source>
        <translation>尚未打印</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>DepartmentDialog</name>
    <message>
        <source>New department</source>
        <translation>新建部门</translation>
    </message>
    <message>
        <source>Edit department</source>
        <translation>编辑部门</translation>
    </message>
</context>
<context>
    <name>DepartmentForm</name>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message numerus="yes">
        <source>The same or another error happened %n more time(s).</source>
        <translation>
            <numerusform>此后又发生了 %n 次相同或其他错误。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The operation failed.</source>
        <translation>操作失败。</translation>
    </message>
    <message>
        <source>The input is not valid.</source>
        <translation>输入内容无效。</translation>
    </message>
    <message>
        <source>The record was not found.</source>
        <translation>找不到该记录。</translation>
    </message>
    <message>
        <source>Your role ({role}) may not {action}.</source>
        <translation>您的角色（{role}）无权{action}。</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>Too many failed logins: the account is locked until {until}.</source>
        <translation>登录失败次数过多，账号已锁定至 {until}。</translation>
    </message>
    <message>
        <source>This account has been disabled.</source>
        <translation>该账号已停用。</translation>
    </message>
    <message>
        <source>The record already exists.</source>
        <translation>该记录已存在。</translation>
    </message>
    <message>
        <source>This database was written by a newer version of the program (schema {found}). This version knows schema {known} at most; install the newer version.</source>
        <translation>此数据库由更新版本的程序写入（结构版本 {found}）。本程序最高只支持结构版本 {known}，请安装新版本。</translation>
    </message>
    <message>
        <source>{record} is {current}; it cannot become {requested}.</source>
        <translation>{record} 当前为“{current}”，不能变为“{requested}”。</translation>
    </message>
    <message>
        <source>{record} is a paid job: record the resident&apos;s agreement to the quote before dispatch.</source>
        <translation>{record} 是有偿维修：派工前须记录业主同意报价。</translation>
    </message>
    <message>
        <source>The database refused the operation, so nothing was changed. Nothing already saved was lost; the details are in the log.</source>
        <translation>数据库拒绝了此次操作，没有做任何更改。已保存的内容没有丢失；详细情况已记入日志。</translation>
    </message>
    <message>
        <source>The database is busy: another desk or program is writing to it. Nothing already saved was lost; try again in a moment.</source>
        <translation>数据库正忙：另一台前台电脑或其他程序正在写入。已保存的内容没有丢失，请稍后再试。</translation>
    </message>
    <message>
        <source>The database is read-only (file permissions, a read-only drive or a read-only server), so this change was not saved. Nothing already saved was lost.</source>
        <translation>数据库处于只读状态（文件权限、只读磁盘或只读服务器），本次修改未能保存。已保存的内容没有丢失。</translation>
    </message>
    <message>
        <source>The disk holding the database is full, so this change was not saved. Nothing already saved was lost; free some space and try again.</source>
        <translation>存放数据库的磁盘已满，本次修改未能保存。已保存的内容没有丢失；请清理出空间后再试。</translation>
    </message>
    <message>
        <source>The database cannot be reached: its file cannot be opened or read, or its server does not answer. Nothing already saved was lost; check the drive or the network and try again.</source>
        <translation>无法访问数据库：数据库文件无法打开或读取，或数据库服务器没有响应。已保存的内容没有丢失；请检查磁盘或网络后再试。</translation>
    </message>
    <message>
        <source>The connection to the database server was lost, so this step was not completed. Nothing already saved was lost; try again, the program reconnects by itself.</source>
        <translation>与数据库服务器的连接已断开，这一步没有完成。已保存的内容没有丢失；请重试，程序会自动重新连接。</translation>
    </message>
    <message>
        <source>The database file is damaged or is not a database of this program. Stop working in it and ask the administrator to run “desk-app check” and restore the latest backup.</source>
        <translation>数据库文件已损坏，或不是本程序的数据库。请停止使用，并请管理员运行“desk-app check”检查、恢复最近的备份。</translation>
    </message>
    <message>
        <source>The file {file} could not be used: {reason}. Nothing in the database was lost.</source>
        <translation>无法使用文件 {file}：{reason}。数据库中的内容没有丢失。</translation>
    </message>
    <message>
        <source>An unexpected error occurred. Nothing already saved was lost. The details are in the log file {log}.</source>
        <translation>发生了意外错误。已保存的内容没有丢失。详细情况已记入日志文件 {log}。</translation>
    </message>
    <message>
        <source>{label}: enter a time such as 22:00.</source>
        <translation>{label}：请输入时间，例如 22:00。</translation>
    </message>
    <message>
        <source>{label}: choose one of {choices}.</source>
        <translation>{label}：请从 {choices} 中选择。</translation>
    </message>
    <message>
        <source>{label}: enter a number.</source>
        <translation>{label}：请输入数字。</translation>
    </message>
    <message>
        <source>{label}: enter a value from {low} to {high}.</source>
        <translation>{label}：请输入 {low} 到 {high} 之间的值。</translation>
    </message>
    <message>
        <source>The password needs at least {n} characters.</source>
        <translation>密码至少需要 {n} 个字符。</translation>
    </message>
    <message>
        <source>The user name must be 1–40 characters without spaces.</source>
        <translation>用户名须为 1–40 个字符，不能含空格。</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name (at most 40 characters).</source>
        <translation>请输入姓名（最多 40 个字符）。</translation>
    </message>
    <message>
        <source>The administrator has already been created.</source>
        <translation>管理员账号已经创建过了。</translation>
    </message>
    <message>
        <source>Choose a password other than the current one.</source>
        <translation>请设置一个与当前密码不同的新密码。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <source>The user name {name} is taken.</source>
        <translation>用户名 {name} 已被使用。</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>不能停用自己的账号。</translation>
    </message>
    <message>
        <source>Enter the department&apos;s name (at most 40 characters).</source>
        <translation>请输入部门名称（最多 40 个字符）。</translation>
    </message>
    <message>
        <source>A department named {name} already exists.</source>
        <translation>已有名为 {name} 的部门。</translation>
    </message>
    <message>
        <source>No user with number {id}.</source>
        <translation>找不到编号为 {id} 的用户。</translation>
    </message>
    <message>
        <source>No department with number {id}.</source>
        <translation>找不到编号为 {id} 的部门。</translation>
    </message>
    <message>
        <source>At least one active administrator must remain.</source>
        <translation>必须至少保留一个启用的管理员账号。</translation>
    </message>
    <message>
        <source>Unknown role {role}.</source>
        <translation>未知角色 {role}。</translation>
    </message>
    <message>
        <source>Unknown setting {key}.</source>
        <translation>未知设置项 {key}。</translation>
    </message>
    <message>
        <source>Enter a phone number.</source>
        <translation>请输入电话号码。</translation>
    </message>
    <message>
        <source>Phone {phone}: only mainland numbers (+86) can be registered.</source>
        <translation>电话 {phone}：只能登记中国大陆号码（+86）。</translation>
    </message>
    <message>
        <source>Phone {phone}: use digits only.</source>
        <translation>电话 {phone}：只能包含数字。</translation>
    </message>
    <message>
        <source>Phone {phone}: a mobile number has 11 digits, this one has {n}.</source>
        <translation>电话 {phone}：手机号应为 11 位，这里是 {n} 位。</translation>
    </message>
    <message>
        <source>Phone {phone}: mobile numbers begin with 13 to 19.</source>
        <translation>电话 {phone}：手机号应以 13 至 19 开头。</translation>
    </message>
    <message>
        <source>Phone {phone}: add the area code, for example 0571-88886666.</source>
        <translation>电话 {phone}：请加上区号，例如 0571-88886666。</translation>
    </message>
    <message>
        <source>Phone {phone} is not a phone number: give an 11-digit mobile or a landline with its area code.</source>
        <translation>{phone} 不是电话号码：请填写 11 位手机号，或带区号的固定电话。</translation>
    </message>
    <message>
        <source>ID number {id}: this is an old 15-digit number; ask for the 18-digit number on the current card.</source>
        <translation>身份证号 {id}：这是旧的 15 位号码，请询问现行身份证上的 18 位号码。</translation>
    </message>
    <message>
        <source>ID number {id}: an ID number has 18 characters, this one has {n}.</source>
        <translation>身份证号 {id}：应为 18 位，这里是 {n} 位。</translation>
    </message>
    <message>
        <source>ID number {id}: the first 17 characters are digits and the last is a digit or X.</source>
        <translation>身份证号 {id}：前 17 位应为数字，最后一位为数字或 X。</translation>
    </message>
    <message>
        <source>ID number {id}: the check digit does not match; a digit was probably mistyped.</source>
        <translation>身份证号 {id}：校验位不符，可能输错了一位。</translation>
    </message>
    <message>
        <source>ID number {id}: the birth date in it (digits 7-14) is not a date.</source>
        <translation>身份证号 {id}：第 7–14 位的出生日期无效。</translation>
    </message>
    <message>
        <source>ID number {id}: the region code {region} does not exist.</source>
        <translation>身份证号 {id}：地区代码 {region} 不存在。</translation>
    </message>
    <message>
        <source>ID number {id}: the birth date in it is in the future.</source>
        <translation>身份证号 {id}：出生日期晚于今天。</translation>
    </message>
    <message>
        <source>A channel needs a code and a name of at most 20 characters.</source>
        <translation>来访方式需要代码和名称，各不超过 20 个字符。</translation>
    </message>
    <message>
        <source>{day} has been signed; only a supervisor can add to it.</source>
        <translation>{day} 已签字，只有主管可以补登。</translation>
    </message>
    <message>
        <source>An entry stays on its day ({day}); void it and log it again.</source>
        <translation>登记不能改到其他日期（{day}）；请作废后重新登记。</translation>
    </message>
    <message>
        <source>{day} has already been signed.</source>
        <translation>{day} 已经签过字了。</translation>
    </message>
    <message>
        <source>{day} has not come yet.</source>
        <translation>{day} 还没到。</translation>
    </message>
    <message>
        <source>Choose a channel from the list.</source>
        <translation>请从列表中选择来访方式。</translation>
    </message>
    <message>
        <source>Say what the complaint is about (at least two characters).</source>
        <translation>请填写投诉内容（至少两个字）。</translation>
    </message>
    <message>
        <source>Give the room or the place the complaint concerns.</source>
        <translation>请填写投诉涉及的房号或地点。</translation>
    </message>
    <message>
        <source>Households: enter a number from 1 to {high}.</source>
        <translation>涉及户数：请输入 1 到 {high} 之间的数字。</translation>
    </message>
    <message>
        <source>The time lies in the future.</source>
        <translation>时间晚于现在。</translation>
    </message>
    <message>
        <source>Please fill in {what}: the five clear points of intake.</source>
        <translation>请填写{what}——登记要做到“五清楚”。</translation>
    </message>
    <message>
        <source>{place} is not one room of the register: choose the room from the list, or write the public place (such as 3栋大堂).</source>
        <translation>{place} 不是住户档案中的某一户：请从列表中选择房号，或填写公共区域（如 3栋大堂）。</translation>
    </message>
    <message>
        <source>{day} has been signed; only a supervisor can amend its entries.</source>
        <translation>{day} 已签字，只有主管可以修改当日记录。</translation>
    </message>
    <message>
        <source>Only the clerk who logged an entry can change it.</source>
        <translation>只有登记人本人可以修改这条记录。</translation>
    </message>
    <message>
        <source>{record} is not a major complaint.</source>
        <translation>{record} 不是重大投诉。</translation>
    </message>
    <message>
        <source>Entry {serial} has been voided.</source>
        <translation>记录 {serial} 已作废。</translation>
    </message>
    <message>
        <source>No entry with number {id}.</source>
        <translation>找不到编号为 {id} 的记录。</translation>
    </message>
    <message>
        <source>Give a reason (at least two characters).</source>
        <translation>请填写原因（至少 2 个字）。</translation>
    </message>
    <message>
        <source>Unknown export format {fmt}; use csv or xlsx.</source>
        <translation>未知的导出格式 {fmt}，请用 csv 或 xlsx。</translation>
    </message>
    <message>
        <source>Date {value}: write it like 2024-05-01.</source>
        <translation>日期 {value}：请写成 2024-05-01 这样的格式。</translation>
    </message>
    <message>
        <source>ID number {value} was stored as a number by Excel and has lost its last digits: format the column as text and type the number again.</source>
        <translation>身份证号 {value} 被 Excel 存成了数字，末几位已丢失：请把该列设为文本格式后重新输入。</translation>
    </message>
    <message>
        <source>Relation {value} is not known: write 业主, 家属 or 租户.</source>
        <translation>身份“{value}”无法识别：请填写 业主、家属 或 租户。</translation>
    </message>
    <message>
        <source>The register changed while you were importing; run the import again.</source>
        <translation>导入期间住户档案已被其他人修改，请重新导入。</translation>
    </message>
    <message>
        <source>{path}: no header row found. The sheet needs a room column (房号) and a name column (姓名) in its first {n} rows.</source>
        <translation>{path}：找不到表头。表格前 {n} 行中需要有房号列和姓名列。</translation>
    </message>
    <message>
        <source>This cell holds {n} characters; a register cell holds at most {limit}.</source>
        <translation>此单元格有 {n} 个字符，登记表的单元格最多 {limit} 个字符。</translation>
    </message>
    <message>
        <source>No room given.</source>
        <translation>没有填写房号。</translation>
    </message>
    <message>
        <source>No community: name it (--community, or the 小区 column) since several or none are registered.</source>
        <translation>未指定小区：系统中有多个小区或还没有小区，请用 --community 或“小区”列指明。</translation>
    </message>
    <message>
        <source>At most {n} phone numbers per resident.</source>
        <translation>每位住户最多登记 {n} 个电话。</translation>
    </message>
    <message>
        <source>Room {value} cannot be read: write it like 3-2-1501 or 3栋2单元1501.</source>
        <translation>房号 {value} 无法识别：请写成 3-2-1501 或 3栋2单元1501。</translation>
    </message>
    <message>
        <source>Building {value}: write it like 3, 3栋 or 12#.</source>
        <translation>楼栋 {value}：请写成 3、3栋 或 12#。</translation>
    </message>
    <message>
        <source>Unit {value}: write it like 2 or 2单元.</source>
        <translation>单元 {value}：请写成 2 或 2单元。</translation>
    </message>
    <message>
        <source>Room {value} is in building {room_building}, the building column says {building}.</source>
        <translation>房号 {value} 属于 {room_building} 栋，楼栋列却写的是 {building}。</translation>
    </message>
    <message>
        <source>Room {value} is in unit {room_unit}, the unit column says {unit}.</source>
        <translation>房号 {value} 属于 {room_unit} 单元，单元列却写的是 {unit}。</translation>
    </message>
    <message>
        <source>Room {value} has no building: add a building column (楼栋) or write it like 3-2-1501.</source>
        <translation>房号 {value} 没有楼栋：请增加“楼栋”列，或写成 3-2-1501。</translation>
    </message>
    <message>
        <source>{name} is registered with ID number {stored}, the file has {given}: check and correct the record by hand.</source>
        <translation>{name} 登记的身份证号是 {stored}，文件中是 {given}：请核实后手工更正。</translation>
    </message>
    <message>
        <source>{name} is registered as {stored}, the file says {given}: correct the record by hand if they changed.</source>
        <translation>{name} 登记的身份是 {stored}，文件中是 {given}：如有变化请手工更正。</translation>
    </message>
    <message>
        <source>The register gives room {room} an area of {stored} m², the file {given} m²: correct the room by hand.</source>
        <translation>档案中房间 {room} 的面积是 {stored} 平方米，文件中是 {given} 平方米：请手工更正。</translation>
    </message>
    <message>
        <source>{name} in {room} is already on row {first}: imported once only.</source>
        <translation>{room} 的 {name} 已在第 {first} 行出现：只导入一次。</translation>
    </message>
    <message>
        <source>Enter the resident&apos;s name.</source>
        <translation>请输入住户姓名。</translation>
    </message>
    <message>
        <source>A name has at most {n} characters.</source>
        <translation>姓名最多 {n} 个字符。</translation>
    </message>
    <message>
        <source>Unknown relation {value}: owner, family or tenant.</source>
        <translation>未知身份 {value}：应为业主、家属或租户。</translation>
    </message>
    <message>
        <source>The move-out date is before the move-in date.</source>
        <translation>迁出日期早于入住日期。</translation>
    </message>
    <message>
        <source>Area {value}: enter the square metres as a number.</source>
        <translation>面积 {value}：请填写平方米数。</translation>
    </message>
    <message>
        <source>Unknown occupancy state {value}.</source>
        <translation>未知的入住状态 {value}。</translation>
    </message>
    <message>
        <source>Room number {value}: write it like 1501.</source>
        <translation>房间号 {value}：请写成 1501 这样的格式。</translation>
    </message>
    <message>
        <source>Enter the community&apos;s name (at most {n} characters).</source>
        <translation>请输入小区名称（最多 {n} 个字符）。</translation>
    </message>
    <message>
        <source>The community {name} already exists.</source>
        <translation>小区 {name} 已存在。</translation>
    </message>
    <message>
        <source>No such room.</source>
        <translation>找不到该房间。</translation>
    </message>
    <message>
        <source>No such community.</source>
        <translation>找不到该小区。</translation>
    </message>
    <message>
        <source>Choose the community the room belongs to.</source>
        <translation>请选择房间所属的小区。</translation>
    </message>
    <message>
        <source>Room {room} is already registered.</source>
        <translation>房间 {room} 已登记。</translation>
    </message>
    <message>
        <source>Floor {value} is not a floor of a building.</source>
        <translation>楼层 {value} 无效。</translation>
    </message>
    <message>
        <source>{name} already moved out on {day}.</source>
        <translation>{name} 已于 {day} 迁出。</translation>
    </message>
    <message>
        <source>Give the reason for voiding the record.</source>
        <translation>请填写作废原因。</translation>
    </message>
    <message>
        <source>No such resident.</source>
        <translation>找不到该住户。</translation>
    </message>
    <message>
        <source>This record was voided and cannot be changed.</source>
        <translation>该记录已作废，不能修改。</translation>
    </message>
    <message>
        <source>The ID number is shown masked to your role, so it stays as it is: a supervisor can correct it.</source>
        <translation>您的角色只能看到部分隐藏的身份证号，该号码保持不变；如需更正请联系主管。</translation>
    </message>
    <message>
        <source>{name} is already registered in {room}.</source>
        <translation>{name} 已登记在 {room}。</translation>
    </message>
    <message>
        <source>File {path} not found.</source>
        <translation>找不到文件 {path}。</translation>
    </message>
    <message>
        <source>{path} is an old Excel 97 file: open it in Excel and save it as .xlsx or CSV.</source>
        <translation>{path} 是旧版 Excel 97 文件：请用 Excel 打开并另存为 .xlsx 或 CSV。</translation>
    </message>
    <message>
        <source>{path}: import reads .xlsx and .csv files.</source>
        <translation>{path}：只能导入 .xlsx 和 .csv 文件。</translation>
    </message>
    <message>
        <source>{path} cannot be read as an Excel workbook.</source>
        <translation>{path} 无法作为 Excel 工作簿读取。</translation>
    </message>
    <message>
        <source>{path} is neither UTF-8 nor GBK text; save it again as CSV UTF-8.</source>
        <translation>{path} 既不是 UTF-8 也不是 GBK 编码：请重新另存为“CSV UTF-8”。</translation>
    </message>
    <message>
        <source>{record} is {current}; “{action}” is not possible.</source>
        <translation>{record} 当前为“{current}”，不能“{action}”。</translation>
    </message>
    <message>
        <source>A category needs a code and a name of at most 20 characters.</source>
        <translation>报修类别需要代码和名称，各不超过 20 个字符。</translation>
    </message>
    <message>
        <source>Completion limit: enter {low} to {high} hours.</source>
        <translation>完成时限：请输入 {low} 到 {high} 小时。</translation>
    </message>
    <message>
        <source>{record} is {status}; it can no longer be edited.</source>
        <translation>{record} 当前为“{status}”，不能再修改。</translation>
    </message>
    <message>
        <source>Only the clerk who opened an order or a supervisor can change it.</source>
        <translation>只有开单人或主管可以修改派工单。</translation>
    </message>
    <message>
        <source>{record} has been dispatched: transfer it to change the department.</source>
        <translation>{record} 已派工：如需更换部门请转单。</translation>
    </message>
    <message>
        <source>{record} is free of charge: there is no quote.</source>
        <translation>{record} 是无偿维修，没有报价。</translation>
    </message>
    <message>
        <source>{record} is an emergency completed after its deadline ({deadline}): record the stop-gap measure and the explanation.</source>
        <translation>{record} 为急修且超过时限（{deadline}）完成：请记录临时处理措施和原因说明。</translation>
    </message>
    <message>
        <source>Give the date the work is expected to go on.</source>
        <translation>请填写预计恢复处理的日期。</translation>
    </message>
    <message>
        <source>{record} is already with {department}: choose another one.</source>
        <translation>{record} 已在{department}：请选择其他部门。</translation>
    </message>
    <message>
        <source>The slip of {record} has not come back yet: mark it returned first.</source>
        <translation>{record} 的派工单尚未返回：请先登记返单。</translation>
    </message>
    <message>
        <source>No work order with the serial {serial}.</source>
        <translation>找不到单号为 {serial} 的派工单。</translation>
    </message>
    <message>
        <source>The slip of {record} is already back.</source>
        <translation>{record} 的派工单已经返回。</translation>
    </message>
    <message>
        <source>Give the time the resident asked to be called.</source>
        <translation>请填写业主约定的回电时间。</translation>
    </message>
    <message>
        <source>{record} has not been marked unreachable; call again.</source>
        <translation>{record} 尚未标记为联系不上，请再次回访。</translation>
    </message>
    <message>
        <source>No callback with number {id}.</source>
        <translation>找不到编号为 {id} 的回访记录。</translation>
    </message>
    <message>
        <source>Only a saved callback result can be amended, not a missed call.</source>
        <translation>只能修改已保存的回访结果，未接通的记录不能修改。</translation>
    </message>
    <message>
        <source>Nobody was reached: there is no satisfaction to record.</source>
        <translation>未联系到业主，无法记录满意度。</translation>
    </message>
    <message>
        <source>No notice with number {id}.</source>
        <translation>找不到编号为 {id} 的通知。</translation>
    </message>
    <message>
        <source>Choose at least one work order to print.</source>
        <translation>请至少选择一张派工单打印。</translation>
    </message>
    <message>
        <source>{record} is {status}; it is not printed.</source>
        <translation>{record} 当前为“{status}”，不能打印。</translation>
    </message>
    <message>
        <source>The time cannot be earlier than the step before it ({before}).</source>
        <translation>时间不能早于上一步（{before}）。</translation>
    </message>
    <message>
        <source>The appointment lies in the past.</source>
        <translation>预约时间已过。</translation>
    </message>
    <message>
        <source>Choose the department the job goes to.</source>
        <translation>请选择派往的部门。</translation>
    </message>
    <message>
        <source>Unknown paper {paper}; use {choices}.</source>
        <translation>未知纸张 {paper}，请使用 {choices}。</translation>
    </message>
    <message>
        <source>Describe the job.</source>
        <translation>请填写报修内容。</translation>
    </message>
    <message>
        <source>Choose a category from the list.</source>
        <translation>请从列表中选择报修类别。</translation>
    </message>
    <message>
        <source>No room with number {id}.</source>
        <translation>找不到编号为 {id} 的房间。</translation>
    </message>
    <message>
        <source>Give the room of a job inside a home.</source>
        <translation>户内维修请填写房号。</translation>
    </message>
    <message>
        <source>Say where in the public area the job is.</source>
        <translation>请填写公共区域的具体位置。</translation>
    </message>
    <message>
        <source>Give a phone number to reach the resident.</source>
        <translation>请填写联系业主的电话。</translation>
    </message>
    <message>
        <source>A paid job needs a quote: materials or labour.</source>
        <translation>有偿维修需要报价：材料或人工费。</translation>
    </message>
    <message>
        <source>A free job has no charges: mark it paid or remove the quote.</source>
        <translation>无偿维修不收费：请勾选有偿，或删除报价。</translation>
    </message>
    <message>
        <source>No work order with number {id}.</source>
        <translation>找不到编号为 {id} 的派工单。</translation>
    </message>
    <message>
        <source>Quote line {n}: enter a number.</source>
        <translation>报价第 {n} 行：请输入数字。</translation>
    </message>
    <message>
        <source>A quote has at most {n} lines.</source>
        <translation>报价最多 {n} 行。</translation>
    </message>
    <message>
        <source>Quote line {n}: give the material, a quantity above zero and a price.</source>
        <translation>报价第 {n} 行：请填写材料名称、大于零的数量和单价。</translation>
    </message>
    <message>
        <source>The labour fee cannot be negative.</source>
        <translation>人工费不能为负数。</translation>
    </message>
    <message>
        <source>Phone {phone}: too long for one phone number.</source>
        <translation>电话 {phone}：太长，不是一个电话号码。</translation>
    </message>
    <message>
        <source>Phone {phone}: only a landline or a 400/800 number has an extension.</source>
        <translation>电话 {phone}：只有固定电话和 400/800 号码才有分机号。</translation>
    </message>
    <message>
        <source>Phone {phone}: too short for a phone number.</source>
        <translation>电话 {phone}：位数太少，不是电话号码。</translation>
    </message>
    <message>
        <source>Phone {phone}: no mobile number begins with {prefix}.</source>
        <translation>电话 {phone}：没有以 {prefix} 开头的手机号。</translation>
    </message>
    <message>
        <source>Phone {phone}: a 400 or 800 number has 10 digits, this one has {n}.</source>
        <translation>电话 {phone}：400/800 号码应为 10 位，这里是 {n} 位。</translation>
    </message>
    <message>
        <source>Phone {phone}: there is no area code {area}.</source>
        <translation>电话 {phone}：没有 {area} 这个区号。</translation>
    </message>
    <message>
        <source>Phone {phone}: after the area code {area} a landline has {lengths} digits, this one has {n}.</source>
        <translation>电话 {phone}：区号 {area} 后面的号码应为 {lengths} 位，这里是 {n} 位。</translation>
    </message>
    <message>
        <source>Phone {phone}: no landline of area code {area} begins with {digit}.</source>
        <translation>电话 {phone}：区号 {area} 的固定电话不会以 {digit} 开头。</translation>
    </message>
    <message>
        <source>{label} contains a NUL character, which cannot be stored.</source>
        <translation>{label}中含有无法保存的空字符（NUL），请删掉后再保存。</translation>
    </message>
    <message>
        <source>{label} contains a broken character (a lone surrogate); retype it.</source>
        <translation>{label}中含有损坏的字符，请重新输入。</translation>
    </message>
    <message>
        <source>{label}: at most {n} characters, this has {length}.</source>
        <translation>{label}：最多 {n} 个字，现在有 {length} 个。</translation>
    </message>
    <message>
        <source>The quote comes to more than {n}: check the quantities and prices.</source>
        <translation>报价合计超过 {n}：请核对数量和单价。</translation>
    </message>
    <message>
        <source>A demo estate needs at least one room.</source>
        <translation>演示小区至少要有一个房间。</translation>
    </message>
    <message>
        <source>The days of demo activity cannot be negative.</source>
        <translation>演示业务的天数不能为负数。</translation>
    </message>
    <message>
        <source>There is no database at {path}. Make a demo database first: desk-app demo --db URL</source>
        <translation>{path} 处没有数据库。请先创建演示数据库：desk-app demo --db URL</translation>
    </message>
    <message>
        <source>The database already has users; demo data goes into a new database. To add activity to a demo database, use --append.</source>
        <translation>该数据库已有用户；演示数据只能写入新数据库。如要给演示数据库追加业务记录，请使用 --append。</translation>
    </message>
    <message>
        <source>This database holds no demo data to add to. Make a demo database first: desk-app demo --db URL</source>
        <translation>该数据库中没有可追加的演示数据。请先创建演示数据库：desk-app demo --db URL</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the drive is read-only</source>
        <translation>磁盘为只读</translation>
    </message>
    <message>
        <source>access is denied</source>
        <translation>没有访问权限</translation>
    </message>
    <message>
        <source>the file or its folder does not exist</source>
        <translation>文件或其所在文件夹不存在</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <source>the drive could not be read or written</source>
        <translation>无法读写该磁盘</translation>
    </message>
    <message>
        <source>the system refused it</source>
        <translation>系统拒绝了该操作</translation>
    </message>
    <message>
        <source>A file could not be used: {reason}. Nothing in the database was lost.</source>
        <translation>无法使用文件：{reason}。数据库中的内容没有丢失。</translation>
    </message>
    <message>
        <source>{path} is a file of the open database: choose another file.</source>
        <translation>{path} 是已打开的数据库的文件，请选择其他文件。</translation>
    </message>
    <message>
        <source>Enter the card number.</source>
        <translation>请输入卡号。</translation>
    </message>
    <message>
        <source>Card {card}: a facility code is 0–255 and a card number 0–65535.</source>
        <translation>卡号 {card}：区号为 0–255，卡号为 0–65535。</translation>
    </message>
    <message>
        <source>Card {card} is not a card number: the reader gives up to 10 digits, 8 hexadecimal characters, or the printed form such as 188,24910.</source>
        <translation>{card} 不是卡号：读卡器输出最多 10 位数字或 8 位十六进制字符，也可输入卡面印刷的号码，如 188,24910。</translation>
    </message>
    <message>
        <source>Card {card}: a card number is at most 4294967295.</source>
        <translation>卡号 {card}：卡号最大为 4294967295。</translation>
    </message>
    <message>
        <source>Plate {plate}: it begins with a province&apos;s character, such as 京 or 粤.</source>
        <translation>车牌 {plate}：车牌应以省份简称开头，如“京”或“粤”。</translation>
    </message>
    <message>
        <source>Plate {plate}: a plate has 7 characters (8 for a new-energy vehicle), this one has {n}.</source>
        <translation>车牌 {plate}：车牌为 7 位（新能源车 8 位），此车牌为 {n} 位。</translation>
    </message>
    <message>
        <source>Plate {plate}: plates have no letter I or O; use the digit 1 or 0.</source>
        <translation>车牌 {plate}：车牌中没有字母 I 或 O，请使用数字 1 或 0。</translation>
    </message>
    <message>
        <source>Plate {plate} is not a valid plate number.</source>
        <translation>车牌 {plate} 不是有效的车牌号。</translation>
    </message>
    <message>
        <source>Not a month: {text}. Write it as YYYY-MM.</source>
        <translation>“{text}”不是月份，请按 YYYY-MM 格式填写。</translation>
    </message>
    <message>
        <source>{month} is not over yet: a month is closed once it has ended.</source>
        <translation>{month} 尚未结束：月份结束后才能归档。</translation>
    </message>
    <message>
        <source>The database {path} is damaged, so nobody can log in to it: move it to another folder (keep it) and run the restore again.</source>
        <translation>数据库 {path} 已损坏，无法登录：请把它移到其他文件夹（不要删除），然后重新执行恢复。</translation>
    </message>
    <message>
        <source>Restoring replaces the database {path}: name one of its administrators with --user.</source>
        <translation>恢复会替换数据库 {path}：请用 --user 指定该数据库的一位管理员。</translation>
    </message>
    <message>
        <source>{record} has already gone to the company.</source>
        <translation>{record} 已上报至公司，不能再升级。</translation>
    </message>
    <message>
        <source>{record} was made in writing: log the written reply to the complainant first.</source>
        <translation>{record} 是书面投诉：请先登记给投诉人的书面回复。</translation>
    </message>
    <message>
        <source>{name} is on the block list: {reasons}. Give a reason to let them in.</source>
        <translation>{name} 在黑名单上：{reasons}。如要放行，请填写放行理由。</translation>
    </message>
    <message>
        <source>The second backup folder {path} cannot be written (is the stick plugged in?): the backup is only in the backups folder.</source>
        <translation>第二备份文件夹 {path} 无法写入（U 盘插好了吗？）：这次备份只保存在备份文件夹中。</translation>
    </message>
    <message>
        <source>Cannot write the backup {path}: {reason}</source>
        <translation>无法写入备份 {path}：{reason}</translation>
    </message>
    <message>
        <source>A PostgreSQL database is restored with pg_restore (see the README).</source>
        <translation>PostgreSQL 数据库请用 pg_restore 恢复（见 README）。</translation>
    </message>
    <message>
        <source>{path} is the database itself, not a backup.</source>
        <translation>{path} 是数据库本身，不是备份。</translation>
    </message>
    <message>
        <source>There is no backup file {path}.</source>
        <translation>没有备份文件 {path}。</translation>
    </message>
    <message>
        <source>{path} cannot be restored: it is damaged or not a database ({reason}).</source>
        <translation>{path} 不能用于恢复：文件已损坏或不是数据库（{reason}）。</translation>
    </message>
    <message>
        <source>{path} cannot be restored: it is not a database of this program.</source>
        <translation>{path} 不能用于恢复：它不是本程序的数据库。</translation>
    </message>
    <message>
        <source>{path} cannot be restored: its audit trail was altered ({reason}).</source>
        <translation>{path} 不能用于恢复：其中的操作日志被改动过（{reason}）。</translation>
    </message>
    <message>
        <source>Cannot make the backup folder {path}: {reason}</source>
        <translation>无法创建备份文件夹 {path}：{reason}</translation>
    </message>
    <message>
        <source>pg_dump is not installed: install the PostgreSQL client tools to back up a PostgreSQL database.</source>
        <translation>未安装 pg_dump：备份 PostgreSQL 数据库需要先安装 PostgreSQL 客户端工具。</translation>
    </message>
    <message>
        <source>pg_dump failed: {reason}</source>
        <translation>pg_dump 执行失败：{reason}</translation>
    </message>
    <message>
        <source>Choose the home the cards are for.</source>
        <translation>请选择办卡的房号。</translation>
    </message>
    <message>
        <source>Enter the applicant&apos;s name.</source>
        <translation>请填写申请人姓名。</translation>
    </message>
    <message>
        <source>Enter the applicant&apos;s phone number.</source>
        <translation>请填写申请人电话。</translation>
    </message>
    <message>
        <source>Enter the applicant&apos;s ID number.</source>
        <translation>请填写申请人身份证号。</translation>
    </message>
    <message>
        <source>A tenant&apos;s request needs the owner&apos;s consent: record how the owner agreed (present, in writing or by phone).</source>
        <translation>租户办卡须经业主同意：请登记业主同意的方式（到场、书面或电话确认）。</translation>
    </message>
    <message>
        <source>{kind}: enter the numbers of the old cards.</source>
        <translation>{kind}：请填写原卡号。</translation>
    </message>
    <message>
        <source>The number of cards must be from 1 to {most}.</source>
        <translation>办卡数量须为 1 到 {most} 张。</translation>
    </message>
    <message>
        <source>Card {card} is entered twice.</source>
        <translation>卡号 {card} 重复录入。</translation>
    </message>
    <message>
        <source>Card {card} belongs to {room}, not to this home.</source>
        <translation>卡 {card} 属于 {room}，不是本户的卡。</translation>
    </message>
    <message>
        <source>Card {card} is no longer active ({state}): nothing to {what}.</source>
        <translation>卡 {card} 已不是有效状态（{state}），无需{what}。</translation>
    </message>
    <message>
        <source>{record} has no fee to pay (free or waived): no receipt.</source>
        <translation>{record} 无需收费（免费或已免收），不开收据。</translation>
    </message>
    <message>
        <source>No card request with number {id}.</source>
        <translation>找不到编号为 {id} 的住户卡申请。</translation>
    </message>
    <message>
        <source>Card {card} is already active for {room} ({holder}): it cannot be issued again.</source>
        <translation>卡 {card} 正在 {room}（{holder}）使用中，不能再次发放。</translation>
    </message>
    <message>
        <source>No card with number {id}.</source>
        <translation>没有编号为 {id} 的卡。</translation>
    </message>
    <message>
        <source>{room} would have {count} active cards; a home may have at most {limit} (settings: access cards).</source>
        <translation>{room} 的有效住户卡将达到 {count} 张；每户最多 {limit} 张（见设置：住户卡）。</translation>
    </message>
    <message>
        <source>{record} is for {count} card(s): enter {count} card number(s), {given} given.</source>
        <translation>{record} 申请 {count} 张卡：请录入 {count} 个卡号，现录入 {given} 个。</translation>
    </message>
    <message>
        <source>No complaint with number {id}.</source>
        <translation>找不到编号为 {id} 的投诉。</translation>
    </message>
    <message>
        <source>No complaint with the serial {serial}.</source>
        <translation>找不到编号为 {serial} 的投诉。</translation>
    </message>
    <message>
        <source>Give the quarter as YYYY-Qn, e.g. 2026-Q4.</source>
        <translation>季度请按 YYYY-Qn 填写，例如 2026-Q4。</translation>
    </message>
    <message>
        <source>Fill this in (at least two characters).</source>
        <translation>请填写此项（至少两个字）。</translation>
    </message>
    <message>
        <source>Name the party responsible.</source>
        <translation>请填写责任方。</translation>
    </message>
    <message>
        <source>No block-list entry with number {id}.</source>
        <translation>没有编号为 {id} 的黑名单条目。</translation>
    </message>
    <message>
        <source>Please fill in the visitor&apos;s name.</source>
        <translation>请填写访客姓名。</translation>
    </message>
    <message>
        <source>Choose a kind of visitor from the list.</source>
        <translation>请从列表中选择访客类别。</translation>
    </message>
    <message>
        <source>Companions: enter a number from 0 to {most}.</source>
        <translation>同行人数：请输入 0 到 {most} 之间的数。</translation>
    </message>
    <message>
        <source>The expected departure must come after the arrival.</source>
        <translation>预计离开时间必须晚于到访时间。</translation>
    </message>
    <message>
        <source>A decoration worker works under a decoration permit: fill in its number.</source>
        <translation>装修工人须凭装修许可证进场：请填写许可证号。</translation>
    </message>
    <message>
        <source>Please fill in the room the visitor is going to.</source>
        <translation>请填写访客前往的房号。</translation>
    </message>
    <message>
        <source>A block-list entry needs the name and phone, the ID number or the plate.</source>
        <translation>黑名单条目需填写姓名和电话、证件号码或车牌之一。</translation>
    </message>
    <message>
        <source>The block cannot end before today.</source>
        <translation>截止日期不能早于今天。</translation>
    </message>
    <message>
        <source>Visit {serial} has been voided.</source>
        <translation>来访记录 {serial} 已作废。</translation>
    </message>
    <message>
        <source>Unknown pass paper {paper}; use a6 or receipt80.</source>
        <translation>未知的通行证纸张 {paper}；请用 a6 或 receipt80。</translation>
    </message>
    <message>
        <source>No visit with number {id}.</source>
        <translation>没有编号为 {id} 的来访记录。</translation>
    </message>
    <message>
        <source>No visit has the serial {serial}.</source>
        <translation>没有流水号为 {serial} 的来访记录。</translation>
    </message>
    <message>
        <source>Only the clerk who signed a visitor in or a supervisor can correct it.</source>
        <translation>只有办理登记的前台或主管可以更正这条来访记录。</translation>
    </message>
    <message>
        <source>Only a supervisor can change an ID number already stored.</source>
        <translation>已登记的证件号码只有主管可以修改。</translation>
    </message>
    <message>
        <source>A visit stays on its day ({day}); void it and sign in again.</source>
        <translation>来访记录不能改到别的日期（{day}）；请作废后重新登记。</translation>
    </message>
    <message>
        <source>The arrival cannot come after the departure.</source>
        <translation>到访时间不能晚于离开时间。</translation>
    </message>
    <message>
        <source>A kind of visitor needs a code and a name of at most 20 characters.</source>
        <translation>访客类别需要代码和名称，各不超过 20 个字符。</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>This field</source>
        <translation>此项</translation>
    </message>
    <message>
        <source>Community name</source>
        <translation>小区名称</translation>
    </message>
    <message>
        <source>Department name</source>
        <translation>部门名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>面积</translation>
    </message>
    <message>
        <source>Agreement note</source>
        <translation>同意说明</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>来电来访内容</translation>
    </message>
    <message>
        <source>Job description</source>
        <translation>报修内容</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>紧急联系人</translation>
    </message>
    <message>
        <source>Follow-up result</source>
        <translation>跟进结果</translation>
    </message>
    <message>
        <source>Forwarded to</source>
        <translation>流转人</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Emergency phone</source>
        <translation>紧急联系电话</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Quote line</source>
        <translation>报价</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>审核意见</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>回访备注</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>回访结果</translation>
    </message>
    <message>
        <source>Since when</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <source>Stop-gap measure</source>
        <translation>临时措施及说明</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>维修人员</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>完工情况</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation>%1 文件</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>FirstRunForm</name>
    <message>
        <source>Set up the administrator</source>
        <translation>创建管理员</translation>
    </message>
    <message>
        <source>This database has no users yet. Name the service center as its paper should show it, and create the administrator account: it manages users, departments and settings.</source>
        <translation>这个数据库还没有用户。请按单据上应显示的内容填写服务中心信息，并创建管理员账号：管理员负责用户、部门和系统设置。</translation>
    </message>
    <message>
        <source>Service &amp;center name</source>
        <translation>服务中心名称(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>Service p&amp;hone</source>
        <translation>服务电话(&amp;H)</translation>
    </message>
    <message>
        <source>Super&amp;vision phone</source>
        <translation>监督电话(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>确认密码(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>界面语言(&amp;L)</translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <source>Nothing found.</source>
        <translation>没有找到。</translation>
    </message>
    <message>
        <source>Type at least two characters.</source>
        <translation>请至少输入两个字。</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>关联</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>导出</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2 removed</source>
        <translation>%1：%2（已清除）</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
</context>
<context>
    <name>HistoryForm</name>
    <message>
        <source>Change history</source>
        <translation>修改记录</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>Follow-ups overdue</source>
        <translation>跟进超时的登记</translation>
    </message>
    <message>
        <source>Work orders past their deadline</source>
        <translation>派工单已超时</translation>
    </message>
    <message>
        <source>Work orders due soon</source>
        <translation>派工单即将到期</translation>
    </message>
    <message>
        <source>Work orders awaiting dispatch</source>
        <translation>待派工的派工单</translation>
    </message>
    <message>
        <source>Callbacks due</source>
        <translation>待回访</translation>
    </message>
    <message>
        <source>Slips not yet returned</source>
        <translation>未返单</translation>
    </message>
    <message>
        <source>Callbacks nobody could be reached for (to settle)</source>
        <translation>回访联系不上（待主管处理）</translation>
    </message>
    <message>
        <source>Notices for you (unread)</source>
        <translation>给您的通知（未读）</translation>
    </message>
    <message>
        <source>Entries waiting for your review (last 7 days)</source>
        <translation>待您审核的登记（近 7 天）</translation>
    </message>
    <message>
        <source>Calls and visits</source>
        <translation>来电来访</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>派工单</translation>
    </message>
    <message>
        <source>Residents and rooms</source>
        <translation>住户与房间</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>超时 %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>还有 %1</translation>
    </message>
    <message>
        <source>… and many more: type more to narrow</source>
        <translation>……还有很多条：请多输入几个字缩小范围</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>……另有 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Card requests waiting for your approval</source>
        <translation>待您审批的住户卡申请</translation>
    </message>
    <message>
        <source>Approved card requests: cards to hand over</source>
        <translation>已审批的住户卡申请（待发卡）</translation>
    </message>
    <message>
        <source>Access cards</source>
        <translation>住户卡</translation>
    </message>
    <message>
        <source>Card requests</source>
        <translation>住户卡申请</translation>
    </message>
    <message>
        <source>Visitors still on site after closing time</source>
        <translation>闭园后仍在园的访客</translation>
    </message>
    <message>
        <source>Visitors on site now</source>
        <translation>当前在园访客</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>访客</translation>
    </message>
    <message>
        <source>Major complaints not yet acknowledged</source>
        <translation>重大投诉未确认</translation>
    </message>
    <message>
        <source>Complaints past their deadline</source>
        <translation>投诉已超期</translation>
    </message>
    <message>
        <source>Complaints due within a day</source>
        <translation>投诉一天内到期</translation>
    </message>
    <message>
        <source>Complaint resolutions waiting for your approval</source>
        <translation>待您审批的投诉处理方案</translation>
    </message>
    <message>
        <source>Major complaint resolutions waiting for your approval</source>
        <translation>待您审批的重大投诉处理方案</translation>
    </message>
    <message>
        <source>Complaint callbacks due</source>
        <translation>待回访的投诉</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
</context>
<context>
    <name>ImportForm</name>
    <message>
        <source>Import the resident register</source>
        <translation>导入住户档案</translation>
    </message>
    <message>
        <source>Choose the spreadsheet of residents (.xlsx or .csv). A title row above the header is fine; the header needs a room column (房号) and a name column (姓名). Nothing is written until you confirm the preview.</source>
        <translation>请选择住户表格（.xlsx 或 .csv）。表头上方可以有标题行；表头需要有房号列和姓名列。确认预览之前不会写入任何数据。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>浏览(&amp;W)…</translation>
    </message>
    <message>
        <source>C&amp;ommunity</source>
        <translation>小区(&amp;O)</translation>
    </message>
    <message>
        <source>New residents</source>
        <translation>新住户</translation>
    </message>
    <message>
        <source>Residents given missing details</source>
        <translation>补充信息的住户</translation>
    </message>
    <message>
        <source>Already registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>New rooms</source>
        <translation>新房间</translation>
    </message>
    <message>
        <source>Rows with problems (not imported)</source>
        <translation>有问题的行（不导入）</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>将导入的行</translation>
    </message>
    <message>
        <source>Not imported — correct these rows in the file and import it again; rows already imported are recognised:</source>
        <translation>以下行未导入——请在文件中更正后重新导入；已导入的行会被识别，不会重复：</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Preview &gt;</source>
        <translation>预览(&amp;P) &gt;</translation>
    </message>
    <message>
        <source>&amp;Import the valid rows</source>
        <translation>导入有效行(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>(whole row)</source>
        <translation>（整行）</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Name of the community, unless the file has a 小区 column</source>
        <translation>小区名称（文件中有“小区”列时可不填）</translation>
    </message>
    <message>
        <source>As the file&apos;s 小区 column says</source>
        <translation>按文件中的“小区”列</translation>
    </message>
    <message>
        <source>Choose the register to import</source>
        <translation>选择要导入的住户表</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>表格文件 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Choose the file to import first.</source>
        <translation>请先选择要导入的文件。</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>问题（%1）</translation>
    </message>
    <message>
        <source>Rows to import (%1)</source>
        <translation>将导入的行（%1）</translation>
    </message>
    <message>
        <source>Nothing new to import: every valid row is in the register.</source>
        <translation>没有新内容：所有有效行都已在档案中。</translation>
    </message>
    <message>
        <source>Rows with problems are left out; correct them in the file and import it again later — rows already imported are recognised and not doubled.</source>
        <translation>有问题的行不会导入；请在文件中更正后再次导入——已导入的行会被识别，不会重复。</translation>
    </message>
    <message>
        <source>sheet %1, row %2</source>
        <translation>工作表 %1 第 %2 行</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>%1: header found on %2.</source>
        <translation>%1：表头在%2。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>, new room</source>
        <translation>，新房间</translation>
    </message>
    <message>
        <source>phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>move-in date</source>
        <translation>入住日期</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>emergency contact</source>
        <translation>紧急联系人</translation>
    </message>
    <message>
        <source>emergency phone</source>
        <translation>紧急联系电话</translation>
    </message>
    <message>
        <source>area</source>
        <translation>面积</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>：%1</translation>
    </message>
    <message>
        <source>Imported from %1:</source>
        <translation>从 %1 导入：</translation>
    </message>
    <message numerus="yes">
        <source>%n new resident(s) registered</source>
        <translation>
            <numerusform>新登记住户 %n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s) given missing details</source>
        <translation>
            <numerusform>补充信息的住户 %n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new room(s)</source>
        <translation>
            <numerusform>新房间 %n 间</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n room(s) given their area</source>
        <translation>
            <numerusform>补充面积的房间 %n 间</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) already in the register</source>
        <translation>
            <numerusform>已在档案中的行 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems not imported</source>
        <translation>
            <numerusform>有问题未导入的行 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Step 1 of 3: choose the file</source>
        <translation>第 1 步（共 3 步）：选择文件</translation>
    </message>
    <message>
        <source>Step 2 of 3: check the preview</source>
        <translation>第 2 步（共 3 步）：检查预览</translation>
    </message>
    <message>
        <source>Step 3 of 3: done</source>
        <translation>第 3 步（共 3 步）：完成</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <source>(not forwarded)</source>
        <translation>（未流转）</translation>
    </message>
    <message>
        <source>Log a call or visit</source>
        <translation>来电来访登记</translation>
    </message>
    <message>
        <source>Amend %1</source>
        <translation>修改 %1</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Choose your own password to start.</source>
        <translation>请先设置您自己的密码再开始使用。</translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Workbench</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>Calls &amp; visits</source>
        <translation>来电来访</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>访客</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>派工单</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Access cards</source>
        <translation>门禁卡</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>住户档案</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Front desk — %1</source>
        <translation>物业前台 — %1</translation>
    </message>
    <message>
        <source>Your role does not use this screen.</source>
        <translation>您的角色不使用此功能。</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>用户：%1（%2）</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
</context>
<context>
    <name>MainWindowForm</name>
    <message>
        <source>Search serial, room, phone, name, words… (Ctrl+K)</source>
        <translation>搜索编号、房号、电话、姓名、内容…（Ctrl+K）</translation>
    </message>
</context>
<context>
    <name>Monthly</name>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Calls and visits</source>
        <translation>来电来访</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>按方式</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>按类别</translation>
    </message>
    <message>
        <source>Entries of the month&apos;s days; voided entries not counted.</source>
        <translation>统计本月各日登记的条目，作废条目不计。</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>No department</source>
        <translation>未派部门</translation>
    </message>
    <message>
        <source>Called back</source>
        <translation>已回访</translation>
    </message>
    <message>
        <source>Called back in time</source>
        <translation>按时回访</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>无法联系</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>派工单</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>工单量</translation>
    </message>
    <message>
        <source>On time by urgency</source>
        <translation>按紧急程度的及时率</translation>
    </message>
    <message>
        <source>Of the orders completed in the month: completed by the deadline (time on hold added) and, for emergencies, on site in time.</source>
        <translation>按本月完成的工单统计：在完成时限内完成（暂停时间顺延），急修单另须按时到场。</translation>
    </message>
    <message>
        <source>On time by department</source>
        <translation>按部门的及时率</translation>
    </message>
    <message>
        <source>Callback coverage</source>
        <translation>回访覆盖率</translation>
    </message>
    <message>
        <source>Each order completed in the month is due a callback.</source>
        <translation>本月完成的每张工单均应回访。</translation>
    </message>
    <message>
        <source>Satisfaction at the callback</source>
        <translation>回访满意度</translation>
    </message>
    <message>
        <source>Of them major</source>
        <translation>其中重大投诉</translation>
    </message>
    <message>
        <source>Resolved by the deadline</source>
        <translation>按期解决</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Complaints by category</source>
        <translation>投诉按类别</translation>
    </message>
    <message>
        <source>Counted as in the monthly complaint statistics.</source>
        <translation>口径与客户月投诉统计表一致。</translation>
    </message>
    <message>
        <source>Major complaints</source>
        <translation>重大投诉</translation>
    </message>
    <message>
        <source>Complaints on time</source>
        <translation>投诉按期解决率</translation>
    </message>
    <message>
        <source>Complainants&apos; satisfaction</source>
        <translation>投诉回访满意度</translation>
    </message>
</context>
<context>
    <name>MonthlyOverviewWidget</name>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>C&amp;lose the month…</source>
        <translation>月度归档(&amp;L)…</translation>
    </message>
    <message>
        <source>Put the month&apos;s registers and overview into the archive folder</source>
        <translation>将本月的登记表和月度概览存入归档文件夹</translation>
    </message>
    <message>
        <source>%1 beside %2</source>
        <translation>%1（环比 %2）</translation>
    </message>
    <message>
        <source>Closed: version %1</source>
        <translation>已归档：第 %1 版</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>增减</translation>
    </message>
    <message>
        <source>Change (%)</source>
        <translation>环比</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <source>Monthly overview %1</source>
        <translation>月度概览 %1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <source>Close the month</source>
        <translation>月度归档</translation>
    </message>
    <message>
        <source>Put the registers of every day of %1 and its overview into the archive folder? Closing it again later makes a new version; nothing is overwritten.</source>
        <translation>将 %1 每天的登记表和月度概览存入归档文件夹？以后再次归档会生成新版本，不会覆盖已有文件。</translation>
    </message>
    <message>
        <source>%1 closed (version %2): %3 files in %4.</source>
        <translation>%1 已归档（第 %2 版）：%3 个文件，位于 %4。</translation>
    </message>
    <message>
        <source>Not signed by a supervisor: %1.</source>
        <translation>主管未签字：%1。</translation>
    </message>
</context>
<context>
    <name>MoveOutDialog</name>
    <message>
        <source>Move out: %1</source>
        <translation>迁出：%1</translation>
    </message>
    <message>
        <source>%1 (%2) of %3</source>
        <translation>%3 的 %1（%2）</translation>
    </message>
</context>
<context>
    <name>MoveOutForm</name>
    <message>
        <source>Move out</source>
        <translation>迁出</translation>
    </message>
    <message>
        <source>Moved &amp;out on</source>
        <translation>迁出日期(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>e.g. lease ended, sold the flat</source>
        <translation>如：租约到期、房屋已出售</translation>
    </message>
    <message>
        <source>The record stays in the register under &quot;Moved out&quot;.</source>
        <translation>记录会保留在档案的“已迁出”中。</translation>
    </message>
</context>
<context>
    <name>OrderWords</name>
    <message>
        <source>%1 (paused)</source>
        <translation>%1（已暂停）</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 (%2 late)</source>
        <translation>%1（超时 %2）</translation>
    </message>
    <message>
        <source>%1 (%2 left)</source>
        <translation>%1（剩 %2）</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>时限：%1</translation>
    </message>
    <message>
        <source>On hold: %1, expected back on %2</source>
        <translation>暂停：%1，预计 %2 恢复</translation>
    </message>
    <message>
        <source>Paid job, total ¥%1</source>
        <translation>有偿维修，合计 ¥%1</translation>
    </message>
    <message>
        <source>agreed by the resident</source>
        <translation>业主已同意</translation>
    </message>
    <message>
        <source>Completed %1: %2</source>
        <translation>完工（%1）：%2</translation>
    </message>
    <message>
        <source>late</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Stop-gap and explanation: %1</source>
        <translation>临时措施及说明：%1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>%1 %2 callback: %3</source>
        <translation>%1 %2 回访：%3</translation>
    </message>
    <message>
        <source>%1 %2 reprinted (copy %3): %4</source>
        <translation>%1 %2 补打（第 %3 份）：%4</translation>
    </message>
    <message>
        <source>%1 %2 printed (copy %3)</source>
        <translation>%1 %2 打印（第 %3 份）</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>开单</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>至 %1</translation>
    </message>
</context>
<context>
    <name>PasswordChangeDialog</name>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>PasswordChangeForm</name>
    <message>
        <source>Choose your own password</source>
        <translation>设置您自己的密码</translation>
    </message>
    <message>
        <source>Your password was given to you by the administrator. Choose one only you know before you start.</source>
        <translation>您的密码是管理员设置的。开始使用前，请设置一个只有您自己知道的密码。</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>新密码(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>再次输入(&amp;R)</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>共 %n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <source>The printer could not be started: nothing was printed.</source>
        <translation>无法启动打印机，没有打印任何内容。</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This screen arrives with a later version.</source>
        <translation>此功能将在后续版本中提供。</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reprint</source>
        <translation>补打</translation>
    </message>
    <message>
        <source>%1 was printed before: this print is a reprint (补打). Why is it needed?</source>
        <translation>%1 已经打印过，这次是补打。请填写补打原因。</translation>
    </message>
</context>
<context>
    <name>ReasonForm</name>
    <message>
        <source>Reprint</source>
        <translation>补打</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>补打原因(&amp;R)</translation>
    </message>
    <message>
        <source>e.g. paper jam, the department lost its copy</source>
        <translation>例如：卡纸、部门遗失派工联</translation>
    </message>
</context>
<context>
    <name>RecordHistoryDialog</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>修改内容</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
</context>
<context>
    <name>RecordLists</name>
    <message>
        <source>Serial</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Room and matter</source>
        <translation>房号与事项</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时限</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>Contact entry</source>
        <translation>来电来访</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>派工单</translation>
    </message>
    <message>
        <source>Card request</source>
        <translation>住户卡申请</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <source>Owner-occupied</source>
        <translation>业主自住</translation>
    </message>
    <message>
        <source>Rented out</source>
        <translation>出租</translation>
    </message>
    <message>
        <source>Vacant</source>
        <translation>空置</translation>
    </message>
    <message>
        <source>Under renovation</source>
        <translation>装修中</translation>
    </message>
    <message>
        <source>Not yet handed over</source>
        <translation>未交房</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>家属</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>New resident</source>
        <translation>新住户</translation>
    </message>
    <message>
        <source>Adds to a resident</source>
        <translation>补充住户信息</translation>
    </message>
    <message>
        <source>Already registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>新房间</translation>
    </message>
    <message>
        <source>room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>room number</source>
        <translation>房间号</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>pinyin initials</source>
        <translation>拼音首字母</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Move-in date</source>
        <translation>入住日期</translation>
    </message>
    <message>
        <source>Move-out date</source>
        <translation>迁出日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>紧急联系人</translation>
    </message>
    <message>
        <source>Emergency phone</source>
        <translation>紧急联系电话</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>迁出</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Area m²</source>
        <translation>面积（㎡）</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>居住状态</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>&amp;Monthly statistics…</source>
        <translation>月投诉统计表(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Quarterly analysis…</source>
        <translation>季度投诉分析报告(&amp;Q)…</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1: %2 complaints, %3 major, %4 repeats · resolved on time %5, late %6, open %7 (overdue %8) · average time to resolve %9 · satisfied %10</source>
        <translation>%1：投诉 %2 宗，重大 %3 宗，重复投诉 %4 宗 · 按期处理 %5 宗，超期 %6 宗，未处理完 %7 宗（已逾期 %8 宗）· 平均处理时长 %9 · 满意率 %10</translation>
    </message>
    <message>
        <source>Complaints in the last 12 months</source>
        <translation>近12个月投诉数量</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>求助</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Venting</source>
        <translation>发泄</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>其中重大</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>投诉方式</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>无房号</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Repeated room</source>
        <translation>多次投诉的房屋</translation>
    </message>
    <message>
        <source>By</source>
        <translation>统计项</translation>
    </message>
    <message>
        <source>Which</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Monthly complaint statistics</source>
        <translation>客户月投诉统计表</translation>
    </message>
    <message>
        <source>Quarterly complaint analysis</source>
        <translation>用户投诉分析报告</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>Monthly &amp;overview</source>
        <translation>月度概览(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Complaint statistics</source>
        <translation>投诉统计(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ResidentDialog</name>
    <message>
        <source>New resident of %1</source>
        <translation>%1 的新住户</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>Shown masked: a supervisor can correct the number.</source>
        <translation>身份证号部分隐藏显示；如需更正请联系主管。</translation>
    </message>
</context>
<context>
    <name>ResidentForm</name>
    <message>
        <source>Resident</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Relation</source>
        <translation>身份(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Phones</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;ID number</source>
        <translation>身份证号(&amp;I)</translation>
    </message>
    <message>
        <source>Mo&amp;ved in on</source>
        <translation>入住日期(&amp;V)</translation>
    </message>
    <message>
        <source>Moved &amp;out on</source>
        <translation>迁出日期(&amp;O)</translation>
    </message>
    <message>
        <source>E&amp;mergency contact</source>
        <translation>紧急联系人(&amp;M)</translation>
    </message>
    <message>
        <source>Emer&amp;gency phone</source>
        <translation>紧急联系电话(&amp;G)</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>备注(&amp;T)</translation>
    </message>
</context>
<context>
    <name>ResidentsForm</name>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>3-2-1501, phone digits, surname or initials</source>
        <translation>3-2-1501、电话尾号、姓氏或拼音首字母</translation>
    </message>
    <message>
        <source>Add &amp;room…</source>
        <translation>新增房间(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>从 Excel 导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Estate</source>
        <translation>小区楼栋</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>E&amp;dit room…</source>
        <translation>编辑房间(&amp;D)…</translation>
    </message>
    <message>
        <source>Living here</source>
        <translation>现住户</translation>
    </message>
    <message>
        <source>&amp;Add resident…</source>
        <translation>新增住户(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Move out…</source>
        <translation>迁出(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>作废(&amp;V)…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>修改记录…</translation>
    </message>
    <message>
        <source>What was changed in this resident&apos;s record (or the room&apos;s), by whom and when</source>
        <translation>住户（未选住户时为房屋）档案的修改记录：谁在何时改了什么</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>已迁出</translation>
    </message>
    <message>
        <source>Recent records</source>
        <translation>近期记录</translation>
    </message>
</context>
<context>
    <name>ResidentsPage</name>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Area m²</source>
        <translation>面积 m²</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Living here</source>
        <translation>现住户</translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation>（无单元）</translation>
    </message>
    <message numerus="yes">
        <source>%n room(s) found</source>
        <translation>
            <numerusform>找到 %n 间房</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n room(s)</source>
        <translation>
            <numerusform>共 %n 间</numerusform>
        </translation>
    </message>
    <message>
        <source>No room matches the search.</source>
        <translation>没有符合条件的房间。</translation>
    </message>
    <message>
        <source>%1 registered in %2.</source>
        <translation>%1 已登记到 %2。</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 已保存。</translation>
    </message>
    <message>
        <source>%1 moved out; the record stays under “Moved out”.</source>
        <translation>%1 已迁出，记录保留在“已迁出”中。</translation>
    </message>
    <message>
        <source>Void the record of %1</source>
        <translation>作废 %1 的记录</translation>
    </message>
    <message>
        <source>Reason for voiding (the record stays, marked void):</source>
        <translation>作废原因（记录保留，标记为作废）：</translation>
    </message>
    <message>
        <source>The record of %1 was voided.</source>
        <translation>%1 的记录已作废。</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>%1 的修改记录</translation>
    </message>
    <message>
        <source>Room %1 registered.</source>
        <translation>房间 %1 已登记。</translation>
    </message>
    <message>
        <source>Room %1 saved.</source>
        <translation>房间 %1 已保存。</translation>
    </message>
    <message>
        <source>Imported: %1 new residents, %2 given missing details, %3 new rooms.</source>
        <translation>已导入：新住户 %1 人，补充信息 %2 人，新房间 %3 间。</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Clerk</source>
        <translation>前台</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>log and print front-desk work</source>
        <translation>登记和打印前台业务</translation>
    </message>
    <message>
        <source>see the front desk&apos;s records and residents&apos; details</source>
        <translation>查看前台记录和住户资料</translation>
    </message>
    <message>
        <source>edit their own open records</source>
        <translation>修改本人未结记录</translation>
    </message>
    <message>
        <source>void records</source>
        <translation>作废记录</translation>
    </message>
    <message>
        <source>cancel work orders</source>
        <translation>取消派工单</translation>
    </message>
    <message>
        <source>sign the daily log</source>
        <translation>审核签字当日登记</translation>
    </message>
    <message>
        <source>review contact log entries</source>
        <translation>审核来电来访登记</translation>
    </message>
    <message>
        <source>approve requests and resolutions</source>
        <translation>审批申请和处理方案</translation>
    </message>
    <message>
        <source>see full ID numbers</source>
        <translation>查看完整身份证号</translation>
    </message>
    <message>
        <source>export data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <source>import the resident register</source>
        <translation>导入住户档案</translation>
    </message>
    <message>
        <source>close major work orders</source>
        <translation>关闭重大派工单</translation>
    </message>
    <message>
        <source>approve the resolution of a major complaint (the project manager does)</source>
        <translation>批准重大投诉的处理方案（由项目经理批准）</translation>
    </message>
    <message>
        <source>close major complaints</source>
        <translation>关闭重大投诉</translation>
    </message>
    <message>
        <source>approve complaint resolutions</source>
        <translation>批准投诉处理方案</translation>
    </message>
    <message>
        <source>close complaints</source>
        <translation>投诉结案</translation>
    </message>
    <message>
        <source>run company reports</source>
        <translation>生成公司报表</translation>
    </message>
    <message>
        <source>manage users, departments and settings</source>
        <translation>管理用户、部门和设置</translation>
    </message>
    <message>
        <source>maintain the visitor block list</source>
        <translation>维护访客黑名单</translation>
    </message>
    <message>
        <source>blank visitors&apos; personal data past its retention</source>
        <translation>清除超过保存期限的访客个人信息</translation>
    </message>
    <message>
        <source>reopen work orders</source>
        <translation>重新打开派工单</translation>
    </message>
    <message>
        <source>settle callbacks nobody could be reached for</source>
        <translation>对联系不上的回访作结案处理</translation>
    </message>
    <message>
        <source>amend saved callback results</source>
        <translation>修改已保存的回访结果</translation>
    </message>
    <message>
        <source>cancel work orders that have been dispatched</source>
        <translation>取消已派工的派工单</translation>
    </message>
    <message>
        <source>cancel work orders opened by others</source>
        <translation>取消他人开具的派工单</translation>
    </message>
    <message>
        <source>see the monthly overview</source>
        <translation>查看月度概览</translation>
    </message>
    <message>
        <source>close a month into the archive</source>
        <translation>进行月度归档</translation>
    </message>
    <message>
        <source>acknowledge major complaints</source>
        <translation>确认知悉重大投诉</translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <source>Name of the community</source>
        <translation>小区名称</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>新房间</translation>
    </message>
    <message>
        <source>(from the room number)</source>
        <translation>（由房号推算）</translation>
    </message>
    <message>
        <source>Edit room %1</source>
        <translation>编辑房间 %1</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>（未知）</translation>
    </message>
</context>
<context>
    <name>RoomField</name>
    <message>
        <source>Not linked to a room of the register: kept as a place as written.</source>
        <translation>未关联住户档案中的房屋：按所填内容作为地点保存。</translation>
    </message>
</context>
<context>
    <name>RoomForm</name>
    <message>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>&amp;Community</source>
        <translation>小区(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Building</source>
        <translation>楼栋(&amp;B)</translation>
    </message>
    <message>
        <source>3, 3栋 or 12#</source>
        <translation>3、3栋 或 12#</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>单元(&amp;U)</translation>
    </message>
    <message>
        <source>2 or 2单元; empty if the building has none</source>
        <translation>2 或 2单元；没有单元可不填</translation>
    </message>
    <message>
        <source>Room &amp;number</source>
        <translation>房间号(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Floor</source>
        <translation>楼层(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Area (m²)</source>
        <translation>面积(&amp;A)（m²）</translation>
    </message>
    <message>
        <source>&amp;Occupancy</source>
        <translation>入住状态(&amp;O)</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>备注(&amp;T)</translation>
    </message>
</context>
<context>
    <name>RoomHistoryPanel</name>
    <message>
        <source>Choose a room to see its recent records.</source>
        <translation>选择房号后，这里显示该户的近期记录。</translation>
    </message>
    <message>
        <source>No earlier records for this home.</source>
        <translation>该户没有以往记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n recent record(s):</source>
        <translation>
            <numerusform>近期记录 %n 条：</numerusform>
        </translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>访客</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>派工单</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
</context>
<context>
    <name>RoomView</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Moved in</source>
        <translation>入住</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>已迁出</translation>
    </message>
    <message>
        <source>Choose a room</source>
        <translation>请选择房间</translation>
    </message>
    <message>
        <source>Browse the estate on the left, or find a room by its number, a phone&apos;s last digits, a surname or pinyin initials.</source>
        <translation>在左侧浏览楼栋，或按房号、电话尾号、姓氏、拼音首字母查找房间。</translation>
    </message>
    <message>
        <source>Living here (%1)</source>
        <translation>现住户（%1）</translation>
    </message>
    <message>
        <source>Moved out (%1)</source>
        <translation>已迁出（%1）</translation>
    </message>
    <message>
        <source>floor %1</source>
        <translation>%1 层</translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation>%1 平方米</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Voided: %1</source>
        <translation>已作废：%1</translation>
    </message>
    <message>
        <source>Phones: %1</source>
        <translation>电话：%1</translation>
    </message>
    <message>
        <source>Emergency contact: %1</source>
        <translation>紧急联系人：%1</translation>
    </message>
    <message>
        <source>%1: no emergency contact or notes recorded.</source>
        <translation>%1：未登记紧急联系人或备注。</translation>
    </message>
</context>
<context>
    <name>SafeFileDialog</name>
    <message>
        <source>%1 is a file of the database the app is using. Choose another file or name.</source>
        <translation>%1 是本程序正在使用的数据库文件，不能选它。请另选一个文件或换个文件名。</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Service center name</source>
        <translation>服务中心名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Supervision phone</source>
        <translation>监督电话</translation>
    </message>
    <message>
        <source>Emergency: on site within (minutes)</source>
        <translation>急修：到场时限（分钟）</translation>
    </message>
    <message>
        <source>Emergency: completed within (hours)</source>
        <translation>急修：完成时限（小时）</translation>
    </message>
    <message>
        <source>Normal: completed within (hours, without appointment)</source>
        <translation>一般维修：完成时限（小时，未预约时）</translation>
    </message>
    <message>
        <source>Warn before a deadline (minutes)</source>
        <translation>到期前提醒（分钟）</translation>
    </message>
    <message>
        <source>Callback due after completion (hours)</source>
        <translation>完工后回访时限（小时）</translation>
    </message>
    <message>
        <source>Callback tries before unreachable</source>
        <translation>回访未接通几次后记为联系不上</translation>
    </message>
    <message>
        <source>Complaint: reply within (days)</source>
        <translation>投诉：答复时限（天）</translation>
    </message>
    <message>
        <source>Complaint: resolve within (working days)</source>
        <translation>投诉：处理时限（工作日）</translation>
    </message>
    <message>
        <source>Consultation: resolve within (working days)</source>
        <translation>咨询：处理时限（工作日）</translation>
    </message>
    <message>
        <source>Repeat complaint escalates within (hours)</source>
        <translation>重复投诉自动升级时间窗（小时）</translation>
    </message>
    <message>
        <source>Contact follow-up overdue after (hours)</source>
        <translation>来电跟进超时（小时）</translation>
    </message>
    <message>
        <source>Default paper for work orders</source>
        <translation>派工单默认纸张</translation>
    </message>
    <message>
        <source>Print offset, horizontal (mm)</source>
        <translation>打印偏移，水平（毫米）</translation>
    </message>
    <message>
        <source>Print offset, vertical (mm)</source>
        <translation>打印偏移，垂直（毫米）</translation>
    </message>
    <message>
        <source>Phone masked on the slip&apos;s parts</source>
        <translation>派工单上隐藏电话的联</translation>
    </message>
    <message>
        <source>Active access cards per home (at most)</source>
        <translation>每户有效住户卡上限（张）</translation>
    </message>
    <message>
        <source>Card reader at the desk types</source>
        <translation>前台读卡器输出格式</translation>
    </message>
    <message>
        <source>Fee per card: first issue</source>
        <translation>每张工本费：首次办卡</translation>
    </message>
    <message>
        <source>Fee per card: additional card</source>
        <translation>每张工本费：增办</translation>
    </message>
    <message>
        <source>Fee per card: lost card</source>
        <translation>每张工本费：遗失补办</translation>
    </message>
    <message>
        <source>Fee per card: damaged card</source>
        <translation>每张工本费：损坏补办</translation>
    </message>
    <message>
        <source>Documents checked: first issue</source>
        <translation>核验资料：首次办卡</translation>
    </message>
    <message>
        <source>Documents checked: additional card</source>
        <translation>核验资料：增办</translation>
    </message>
    <message>
        <source>Documents checked: lost card</source>
        <translation>核验资料：遗失补办</translation>
    </message>
    <message>
        <source>Documents checked: damaged card</source>
        <translation>核验资料：损坏补办</translation>
    </message>
    <message>
        <source>Documents checked: cancelling cards</source>
        <translation>核验资料：注销</translation>
    </message>
    <message>
        <source>Terms on the card application form</source>
        <translation>住户卡申请表条款</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>Archive folder (empty: in the data folder)</source>
        <translation>归档文件夹（留空：数据文件夹内）</translation>
    </message>
    <message>
        <source>Backup folder (empty: beside the database)</source>
        <translation>备份文件夹（留空：数据库所在文件夹）</translation>
    </message>
    <message>
        <source>Daily backups kept (besides the first of each month)</source>
        <translation>保留的每日备份份数（每月第一份另外长期保留）</translation>
    </message>
    <message>
        <source>Second backup folder (optional, e.g. a USB stick)</source>
        <translation>第二备份文件夹（可选，如 U 盘）</translation>
    </message>
    <message>
        <source>Visitors: closing time (HH:MM)</source>
        <translation>访客：清场时间（时:分）</translation>
    </message>
    <message>
        <source>Visitor pass paper</source>
        <translation>访客通行证纸张</translation>
    </message>
    <message>
        <source>Visitors&apos; ID numbers and phones kept for (days)</source>
        <translation>访客证件号码和电话保存天数</translation>
    </message>
    <message>
        <source>Privacy notice on the visitor pass</source>
        <translation>访客通行证上的隐私提示</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Only an administrator can change settings, users and departments.</source>
        <translation>只有管理员可以修改设置、用户和部门。</translation>
    </message>
    <message>
        <source>Service center</source>
        <translation>服务中心</translation>
    </message>
    <message>
        <source>Time limits</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Access cards</source>
        <translation>住户卡</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>界面</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation>新建用户(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>重置密码(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Disable / enable</source>
        <translation>停用/启用(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>New &amp;department…</source>
        <translation>新建部门(&amp;D)…</translation>
    </message>
    <message>
        <source>Disable / ena&amp;ble</source>
        <translation>停用/启用(&amp;B)</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>Contact channels</source>
        <translation>来电来访方式</translation>
    </message>
    <message>
        <source>New channel…</source>
        <translation>新增方式…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>改名…</translation>
    </message>
    <message>
        <source>Disable / enable</source>
        <translation>停用/启用</translation>
    </message>
    <message>
        <source>Work-order categories</source>
        <translation>报修类别</translation>
    </message>
    <message>
        <source>New category…</source>
        <translation>新增类别…</translation>
    </message>
    <message>
        <source>Kinds of visitor</source>
        <translation>访客类别</translation>
    </message>
    <message>
        <source>New kind…</source>
        <translation>新增类别…</translation>
    </message>
    <message>
        <source>Block list…</source>
        <translation>访客黑名单…</translation>
    </message>
    <message>
        <source>Test pages on:</source>
        <translation>测试页纸张：</translation>
    </message>
    <message>
        <source>Save a &amp;test page…</source>
        <translation>保存测试页(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Calibration page…</source>
        <translation>打印校准页(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>保存设置(&amp;S)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>A4, three parts on one sheet</source>
        <translation>A4 纸，一张三联</translation>
    </message>
    <message>
        <source>241 mm continuous form (dot matrix)</source>
        <translation>241 mm 连续纸（针式打印机）</translation>
    </message>
    <message>
        <source>Only on the resident&apos;s receipt</source>
        <translation>仅业主回执联</translation>
    </message>
    <message>
        <source>On the department copy and the receipt</source>
        <translation>派工联和业主回执联</translation>
    </message>
    <message>
        <source>Nowhere (full number on every part)</source>
        <translation>都不隐藏（各联显示完整号码）</translation>
    </message>
    <message>
        <source>Automatic (system language)</source>
        <translation>自动（跟随系统语言）</translation>
    </message>
    <message>
        <source>Decimal (10 digits)</source>
        <translation>十进制（10 位数字）</translation>
    </message>
    <message>
        <source>Hexadecimal (8 characters)</source>
        <translation>十六进制（8 位字符）</translation>
    </message>
    <message>
        <source>A6 sheet</source>
        <translation>A6 纸</translation>
    </message>
    <message>
        <source>80 mm receipt roll</source>
        <translation>80 毫米小票纸</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Import from a spreadsheet…</source>
        <translation>从表格导入…</translation>
    </message>
    <message>
        <source>Resident register</source>
        <translation>住户档案</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Kind of visitor</source>
        <translation>访客类别</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>A new language takes effect when the program starts again.</source>
        <translation>更改界面语言后，重新启动程序生效。</translation>
    </message>
    <message numerus="yes">
        <source>Settings saved (%n changed).</source>
        <translation>
            <numerusform>设置已保存（修改了 %n 项）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to save: no setting changed.</source>
        <translation>没有需要保存的修改。</translation>
    </message>
    <message>
        <source>Imported: %1 new residents, %2 new rooms.</source>
        <translation>已导入：新住户 %1 人，新房间 %2 间。</translation>
    </message>
    <message>
        <source>Calibration page</source>
        <translation>打印校准页</translation>
    </message>
    <message>
        <source>Save a test page</source>
        <translation>保存测试页</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Test page saved to %1.</source>
        <translation>测试页已保存到 %1。</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>改名</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <source>Active, to choose a password</source>
        <translation>正常，待本人设置密码</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Select a row first.</source>
        <translation>请先选择一行。</translation>
    </message>
    <message>
        <source>User created.</source>
        <translation>用户已创建。</translation>
    </message>
    <message>
        <source>User saved.</source>
        <translation>用户已保存。</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>New password for %1:</source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <source>Password reset; the account is unlocked.</source>
        <translation>密码已重置，账号已解锁。</translation>
    </message>
    <message>
        <source>User disabled.</source>
        <translation>用户已停用。</translation>
    </message>
    <message>
        <source>User enabled.</source>
        <translation>用户已启用。</translation>
    </message>
    <message>
        <source>Account unlocked.</source>
        <translation>账号已解锁。</translation>
    </message>
    <message>
        <source>Department disabled.</source>
        <translation>部门已停用。</translation>
    </message>
    <message>
        <source>Department enabled.</source>
        <translation>部门已启用。</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
</context>
<context>
    <name>StepForm</name>
    <message>
        <source>Work order step</source>
        <translation>派工单操作</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>时间(&amp;T)</translation>
    </message>
    <message>
        <source>As the technician reports it; leave it for now.</source>
        <translation>按维修人员报告的时间填写；不改即为现在。</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>派工部门(&amp;D)</translation>
    </message>
    <message>
        <source>Tec&amp;hnician</source>
        <translation>维修人员(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Waiting for</source>
        <translation>暂停原因(&amp;W)</translation>
    </message>
    <message>
        <source>Expected &amp;back on</source>
        <translation>预计恢复日期(&amp;B)</translation>
    </message>
    <message>
        <source>Work d&amp;one</source>
        <translation>处理情况(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Stop-gap and why</source>
        <translation>临时措施及原因(&amp;S)</translation>
    </message>
    <message>
        <source>Needed when an emergency is done after its deadline</source>
        <translation>急修超时完成时必填</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation>编辑用户</translation>
    </message>
</context>
<context>
    <name>UserForm</name>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>部门(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
</context>
<context>
    <name>Visitors</name>
    <message>
        <source>On site</source>
        <translation>在场</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>已离开</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>离场登记</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>The visit</source>
        <translation>该来访记录</translation>
    </message>
    <message>
        <source>name and phone</source>
        <translation>姓名和电话</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>访客</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Host room</source>
        <translation>前往房号</translation>
    </message>
    <message>
        <source>Room as said</source>
        <translation>所报房号</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>被访人</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Companions</source>
        <translation>同行人数</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>Decoration permit</source>
        <translation>装修许可证</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>到访时间</translation>
    </message>
    <message>
        <source>Expected to leave</source>
        <translation>预计离开</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>离开时间</translation>
    </message>
    <message>
        <source>Let in over the block list</source>
        <translation>黑名单放行理由</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>登记进场</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>Personal data blanked</source>
        <translation>个人信息已清除</translation>
    </message>
</context>
<context>
    <name>VisitorsForm</name>
    <message>
        <source>Sign a visitor in</source>
        <translation>访客登记</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>房号(&amp;R)</translation>
    </message>
    <message>
        <source>3-2-1501, phone digits or surname</source>
        <translation>3-2-1501、电话尾号或姓氏</translation>
    </message>
    <message>
        <source>H&amp;ost</source>
        <translation>被访人(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类别(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Visitor</source>
        <translation>访客(&amp;V)</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>电话(&amp;H)</translation>
    </message>
    <message>
        <source>I&amp;D number</source>
        <translation>证件号码(&amp;D)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>P&amp;urpose</source>
        <translation>事由(&amp;U)</translation>
    </message>
    <message>
        <source>Pl&amp;ate</source>
        <translation>车牌(&amp;A)</translation>
    </message>
    <message>
        <source>e.g. 粤B12345</source>
        <translation>例如 粤B12345</translation>
    </message>
    <message>
        <source>Compa&amp;nions</source>
        <translation>同行人数(&amp;N)</translation>
    </message>
    <message>
        <source>Decoration per&amp;mit</source>
        <translation>装修许可证(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Leaves by</source>
        <translation>预计离开(&amp;L)</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>到访时间</translation>
    </message>
    <message>
        <source>Print a pa&amp;ss</source>
        <translation>打印通行证(&amp;S)</translation>
    </message>
    <message>
        <source>New (Esc)</source>
        <translation>新登记 (Esc)</translation>
    </message>
    <message>
        <source>Sign &amp;in (Ctrl+Enter)</source>
        <translation>登记进场(&amp;I) (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>This home&apos;s recent records</source>
        <translation>该户近期记录</translation>
    </message>
    <message>
        <source>Sign out by s&amp;erial</source>
        <translation>按流水号离场(&amp;E)</translation>
    </message>
    <message>
        <source>Scan the pass or type FK-… and press Enter</source>
        <translation>扫描通行证或输入 FK-… 后按回车</translation>
    </message>
    <message>
        <source>On site no&amp;w</source>
        <translation>当前在场(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>今日(&amp;T)</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>历史记录(&amp;Y)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Room or building</source>
        <translation>房号或楼栋</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>Visitor&apos;s name</source>
        <translation>访客姓名</translation>
    </message>
    <message>
        <source>Si&amp;gn out</source>
        <translation>离场登记(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Print pass…</source>
        <translation>打印通行证(&amp;P)…</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>作废…</translation>
    </message>
    <message>
        <source>&amp;Changes…</source>
        <translation>修改记录(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Block list…</source>
        <translation>黑名单(&amp;B)…</translation>
    </message>
    <message>
        <source>Blank old personal data…</source>
        <translation>清除过期个人信息…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
</context>
<context>
    <name>VisitorsPage</name>
    <message>
        <source>not said</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>流水号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>访客</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>被访人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>With</source>
        <translation>同行</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>到访</translation>
    </message>
    <message>
        <source>How long / left</source>
        <translation>已停留 / 离开</translation>
    </message>
    <message>
        <source>Signed in by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>left %1</source>
        <translation>%1 离开</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>Voided: %1</source>
        <translation>已作废：%1</translation>
    </message>
    <message>
        <source>Still on site after the closing time</source>
        <translation>清场时间后仍在场</translation>
    </message>
    <message>
        <source>Let in over the block list: %1</source>
        <translation>黑名单放行：%1</translation>
    </message>
    <message>
        <source>Sign a visitor in</source>
        <translation>访客登记</translation>
    </message>
    <message>
        <source>%1 has been voided.</source>
        <translation>%1 已作废。</translation>
    </message>
    <message>
        <source>Correct %1 (Esc: cancel)</source>
        <translation>更正 %1（Esc 取消）</translation>
    </message>
    <message>
        <source>Correct a visit</source>
        <translation>更正来访记录</translation>
    </message>
    <message>
        <source>Why is %1 corrected?</source>
        <translation>更正 %1 的原因：</translation>
    </message>
    <message>
        <source>Corrected %1.</source>
        <translation>已更正 %1。</translation>
    </message>
    <message>
        <source>Signed in %1: %2.</source>
        <translation>已登记 %1：%2。</translation>
    </message>
    <message>
        <source>%1 is on the block list:</source>
        <translation>%1 在黑名单上：</translation>
    </message>
    <message>
        <source>for good</source>
        <translation>长期</translation>
    </message>
    <message>
        <source>• matched on %1: %2 (until %3)</source>
        <translation>• 按%1匹配：%2（截止 %3）</translation>
    </message>
    <message>
        <source>To let them in, say why (the reason is recorded):</source>
        <translation>如要放行，请填写理由（理由将被记录）：</translation>
    </message>
    <message>
        <source>Visitor on the block list</source>
        <translation>黑名单访客</translation>
    </message>
    <message>
        <source>%1 %2 signed out (stayed %3).</source>
        <translation>%1 %2 已离场（停留 %3）。</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>共 %n 条来访</numerusform>
        </translation>
    </message>
    <message>
        <source>On site now: %1</source>
        <translation>当前在场：%1 人</translation>
    </message>
    <message numerus="yes">
        <source>%n still on site after closing time</source>
        <translation>
            <numerusform>清场时间后仍有 %n 人在场</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a visit in the list.</source>
        <translation>请先在列表中选择一条来访记录。</translation>
    </message>
    <message>
        <source>Visitor pass</source>
        <translation>访客通行证</translation>
    </message>
    <message>
        <source>Void a visit</source>
        <translation>作废来访记录</translation>
    </message>
    <message>
        <source>Why is %1 voided?</source>
        <translation>作废 %1 的原因：</translation>
    </message>
    <message>
        <source>%1 voided.</source>
        <translation>%1 已作废。</translation>
    </message>
    <message>
        <source>Changes of %1</source>
        <translation>%1 的修改记录</translation>
    </message>
    <message>
        <source>No visit holds personal data past its retention.</source>
        <translation>没有超过保存期限的访客个人信息。</translation>
    </message>
    <message>
        <source>Blank old personal data</source>
        <translation>清除过期个人信息</translation>
    </message>
    <message numerus="yes">
        <source>Blank the phones and ID numbers of %n visit(s) older than the retention? The visits themselves stay.</source>
        <translation>
            <numerusform>清除 %n 条超过保存期限的来访记录中的电话和证件号码？来访记录本身保留。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Blanked the personal data of %n visit(s).</source>
        <translation>
            <numerusform>已清除 %n 条来访记录的个人信息。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export visits</source>
        <translation>导出来访记录</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n visit(s).</source>
        <translation>
            <numerusform>已导出 %n 条来访记录。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkOrderDialog</name>
    <message>
        <source>New work order</source>
        <translation>新建派工单</translation>
    </message>
    <message>
        <source>Work order %1</source>
        <translation>派工单 %1</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Total ¥%1</source>
        <translation>合计 ¥%1</translation>
    </message>
</context>
<context>
    <name>WorkOrderForm</name>
    <message>
        <source>Work order</source>
        <translation>派工单</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>房号(&amp;R)</translation>
    </message>
    <message>
        <source>3-2-1501, phone digits or surname</source>
        <translation>3-2-1501、电话尾号、姓氏或拼音首字母</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>联系人(&amp;C)</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>电话(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>报修位置(&amp;L)</translation>
    </message>
    <message>
        <source>Pl&amp;ace</source>
        <translation>具体位置(&amp;A)</translation>
    </message>
    <message>
        <source>e.g. bathroom ceiling; 3rd floor stairwell</source>
        <translation>如：主卫吊顶；3 楼楼梯间</translation>
    </message>
    <message>
        <source>Cate&amp;gory</source>
        <translation>类别(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Urgency</source>
        <translation>紧急程度(&amp;U)</translation>
    </message>
    <message>
        <source>Appoint&amp;ment</source>
        <translation>预约时间(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>报修内容(&amp;D)</translation>
    </message>
    <message>
        <source>D&amp;epartment</source>
        <translation>派往部门(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Technician</source>
        <translation>维修人员(&amp;T)</translation>
    </message>
    <message>
        <source>By appointment</source>
        <translation>预约上门</translation>
    </message>
    <message>
        <source>Paid repair (quote agreed before dispatch)</source>
        <translation>有偿维修（派工前须业主同意报价）</translation>
    </message>
    <message>
        <source>Add material line</source>
        <translation>增加材料</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>删除一行</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>人工费</translation>
    </message>
    <message>
        <source>Resident agreed to the quote</source>
        <translation>业主已同意报价</translation>
    </message>
    <message>
        <source>This home&apos;s recent records</source>
        <translation>本户近期记录</translation>
    </message>
</context>
<context>
    <name>WorkOrders</name>
    <message>
        <source>Emergency</source>
        <translation>急修</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>Inside the home</source>
        <translation>户内</translation>
    </message>
    <message>
        <source>Public area</source>
        <translation>公共区域</translation>
    </message>
    <message>
        <source>Awaiting dispatch</source>
        <translation>待派工</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>已派工</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>已到场</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完工</translation>
    </message>
    <message>
        <source>Slip returned</source>
        <translation>已返单</translation>
    </message>
    <message>
        <source>Called back</source>
        <translation>已回访</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>派工</translation>
    </message>
    <message>
        <source>Arrived on site</source>
        <translation>到场</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>完工</translation>
    </message>
    <message>
        <source>Record the callback</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Put on hold</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢复处理</translation>
    </message>
    <message>
        <source>Handed back to the desk</source>
        <translation>退单</translation>
    </message>
    <message>
        <source>Transfer to another department</source>
        <translation>转单</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>The work order</source>
        <translation>派工单</translation>
    </message>
    <message>
        <source>Parts awaited</source>
        <translation>等待配件</translation>
    </message>
    <message>
        <source>Resident not at home</source>
        <translation>业主不在家</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>其他原因</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>已接通</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>占线</translation>
    </message>
    <message>
        <source>Asked to call later</source>
        <translation>约定稍后再打</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>联系不上</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>On site by</source>
        <translation>到场时限</translation>
    </message>
    <message>
        <source>Completed by</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Called back by</source>
        <translation>回访时限</translation>
    </message>
    <message>
        <source>In time</source>
        <translation>未超时</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>A4, three parts on one sheet</source>
        <translation>A4 纸（一页三联）</translation>
    </message>
    <message>
        <source>241 mm continuous form</source>
        <translation>241 mm 连续纸</translation>
    </message>
    <message>
        <source>Major work order</source>
        <translation>重大派工单</translation>
    </message>
    <message>
        <source>The slip is already back.</source>
        <translation>派工单已经返回。</translation>
    </message>
    <message>
        <source>The job is not completed yet.</source>
        <translation>维修尚未完工。</translation>
    </message>
    <message>
        <source>The order is cancelled or voided.</source>
        <translation>派工单已取消或作废。</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>开单</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Resident agreed to the quote</source>
        <translation>业主同意报价</translation>
    </message>
    <message>
        <source>Callback not reached</source>
        <translation>回访未接通</translation>
    </message>
    <message>
        <source>Marked unreachable</source>
        <translation>标记为联系不上</translation>
    </message>
    <message>
        <source>Callback result amended</source>
        <translation>修改回访结果</translation>
    </message>
    <message>
        <source>Slip printed</source>
        <translation>打印派工单</translation>
    </message>
    <message>
        <source>Slip reprinted</source>
        <translation>补打派工单</translation>
    </message>
    <message>
        <source>Managers notified</source>
        <translation>已通知项目经理</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>报修内容</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>预约时间</translation>
    </message>
    <message>
        <source>Paid repair</source>
        <translation>有偿维修</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>人工费</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>报价</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>派工部门</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>维修人员</translation>
    </message>
    <message>
        <source>Dispatched at</source>
        <translation>派工时间</translation>
    </message>
    <message>
        <source>On site at</source>
        <translation>到场时间</translation>
    </message>
    <message>
        <source>On site late</source>
        <translation>到场超时</translation>
    </message>
    <message>
        <source>Completed at</source>
        <translation>完工时间</translation>
    </message>
    <message>
        <source>Completed late</source>
        <translation>完工超时</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>处理情况</translation>
    </message>
    <message>
        <source>Stop-gap and explanation</source>
        <translation>临时措施及说明</translation>
    </message>
    <message>
        <source>Held from</source>
        <translation>暂停前状态</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>暂停原因</translation>
    </message>
    <message>
        <source>Expected to go on</source>
        <translation>预计恢复日期</translation>
    </message>
    <message>
        <source>Slip returned at</source>
        <translation>返单时间</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>回访情况</translation>
    </message>
    <message>
        <source>Calls not reached</source>
        <translation>未接通次数</translation>
    </message>
    <message>
        <source>Call again at</source>
        <translation>再次回访时间</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>回访结果</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Times reopened</source>
        <translation>重新打开次数</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>关闭时间</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>打印份次</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>项目经理</translation>
    </message>
</context>
<context>
    <name>WorkOrdersForm</name>
    <message>
        <source>&amp;New work order… (Ctrl+N)</source>
        <translation>新建派工单(&amp;N)… (Ctrl+N)</translation>
    </message>
    <message>
        <source>Returned slip — &amp;scan or type the serial:</source>
        <translation>返单——扫描或输入编号(&amp;S)：</translation>
    </message>
    <message>
        <source>PG-20261123-0001 + Enter</source>
        <translation>PG-20261123-0001 + 回车</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Room or building</source>
        <translation>房号或楼栋</translation>
    </message>
    <message>
        <source>Search the description (2+ characters)</source>
        <translation>搜索报修内容（至少 2 个字）</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>只看超时</translation>
    </message>
    <message>
        <source>By deadline</source>
        <translation>按时限排序</translation>
    </message>
    <message>
        <source>&amp;Print slip… (Ctrl+P)</source>
        <translation>打印派工单(&amp;P)… (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;More steps</source>
        <translation>更多操作(&amp;M)</translation>
    </message>
    <message>
        <source>Change &amp;history…</source>
        <translation>修改记录(&amp;H)…</translation>
    </message>
    <message>
        <source>Call &amp;back…</source>
        <translation>回访(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>WorkOrdersPage</name>
    <message>
        <source>All orders</source>
        <translation>全部派工单</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完结</translation>
    </message>
    <message>
        <source>Callbacks due</source>
        <translation>待回访</translation>
    </message>
    <message>
        <source>Slips not returned</source>
        <translation>未返单</translation>
    </message>
    <message>
        <source>Unreachable (supervisor)</source>
        <translation>联系不上（主管）</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Any urgency</source>
        <translation>全部紧急程度</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>报修时间</translation>
    </message>
    <message>
        <source>Room / place</source>
        <translation>房号/地点</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Slip out</source>
        <translation>未返单</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>报修内容</translation>
    </message>
    <message>
        <source>Open a complaint about this order…</source>
        <translation>就此派工单登记投诉…</translation>
    </message>
    <message>
        <source>Dissatisfied: reopen the order or open a complaint from More steps if needed.</source>
        <translation>住户不满意：如有需要，可在“更多步骤”中重新打开派工单或登记投诉。</translation>
    </message>
    <message>
        <source>Dissatisfied: open a complaint about the order from More steps if needed.</source>
        <translation>住户不满意：如有需要，可在“更多步骤”中就此派工单登记投诉。</translation>
    </message>
    <message>
        <source>Complaint %1 opened about %2.</source>
        <translation>已就 %2 登记投诉 %1。</translation>
    </message>
    <message>
        <source>Change history of %1</source>
        <translation>%1 的修改记录</translation>
    </message>
    <message>
        <source>%1 orders · overdue %2 · due soon %3 · callbacks due %4 · slips out %5</source>
        <translation>共 %1 单 · 超时 %2 · 即将到期 %3 · 待回访 %4 · 未返单 %5</translation>
    </message>
    <message>
        <source>Select an order to see it here.</source>
        <translation>选择一张派工单，在这里查看详情。</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Amend the callback result…</source>
        <translation>修改回访结果…</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <source>Callback saved.</source>
        <translation>回访已保存。</translation>
    </message>
    <message>
        <source>Callback result amended.</source>
        <translation>回访结果已修改。</translation>
    </message>
    <message>
        <source>Callback saved; %1 is closed.</source>
        <translation>回访已保存，%1 已关闭。</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>已创建 %1。</translation>
    </message>
    <message>
        <source>Select the orders to print.</source>
        <translation>请选择要打印的派工单。</translation>
    </message>
    <message>
        <source>Work order slips</source>
        <translation>派工单</translation>
    </message>
    <message>
        <source>%1: slip returned.</source>
        <translation>%1：已登记返单。</translation>
    </message>
    <message>
        <source>%1: press Enter to mark the slip returned.</source>
        <translation>%1：按回车键登记返单。</translation>
    </message>
</context>
<context>
    <name>WorkingDaysTab</name>
    <message>
        <source>Working day (e.g. a make-up day)</source>
        <translation>工作日（如调休上班）</translation>
    </message>
    <message>
        <source>Day off (public holiday)</source>
        <translation>休息日（法定节假日）</translation>
    </message>
    <message>
        <source>e.g. National Day</source>
        <translation>如：国庆节</translation>
    </message>
    <message>
        <source>Enter the day</source>
        <translation>录入该日</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Entered as</source>
        <translation>设为</translation>
    </message>
    <message>
        <source>Working day</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>休息日</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The published calendar does not know %1 yet: enter its public holidays and make-up working days, or deadlines count Monday to Friday.</source>
        <translation>内置日历尚未包含 %1 年的安排：请录入该年的法定节假日和调休上班日，否则期限按周一至周五计算。</translation>
    </message>
    <message>
        <source>The published calendar knows this year and the next.</source>
        <translation>内置日历已包含今年和明年的节假日安排。</translation>
    </message>
    <message>
        <source>%1 entered.</source>
        <translation>已录入 %1。</translation>
    </message>
    <message>
        <source>%1 follows the published calendar again.</source>
        <translation>%1 已恢复按内置日历计算。</translation>
    </message>
</context>
</TS>
