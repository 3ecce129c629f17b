<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Admin</name>
    <message>
        <source>Saved the data of “{name}” to {file}.</source>
        <translation>已把“{name}”的资料保存到 {file}。</translation>
    </message>
    <message>
        <source>Imported “{name}”: {bookmarks} bookmark(s), progress in {lessons} lesson(s), {settings} setting(s).</source>
        <translation>已导入“{name}”：{bookmarks} 个书签，{lessons} 课的学习进度，{settings} 项设置。</translation>
    </message>
    <message>
        <source>The caregiver PIN was cleared. Every setting can be changed again.</source>
        <translation>照护人密码已清除。所有设置都可以重新修改了。</translation>
    </message>
    <message>
        <source>No caregiver PIN was set. Nothing was changed.</source>
        <translation>没有设置照护人密码，什么都没有改动。</translation>
    </message>
    <message>
        <source>The limit must be 0 MB or more.</source>
        <translation>上限必须是 0 MB 或更多。</translation>
    </message>
    <message>
        <source>Speech cache: {used} MB of {limit} MB; {pinned} MB from packs.</source>
        <translation>朗读缓存：已用 {used} MB，上限 {limit} MB；课程包音频 {pinned} MB。</translation>
    </message>
    <message>
        <source>Videos can be saved at {choices}; {height} is not one of them.</source>
        <translation>视频可以按 {choices} 保存；{height} 不在其中。</translation>
    </message>
    <message>
        <source>Videos saved for offline: {height}p (choices: {choices}).</source>
        <translation>离线保存的视频：{height}p（可选：{choices}）。</translation>
    </message>
</context>
<context>
    <name>AdminCheck</name>
    <message>
        <source>Everything is ready.</source>
        <translation>一切就绪。</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>can be written</source>
        <translation>可以写入</translation>
    </message>
    <message>
        <source>cannot be written</source>
        <translation>无法写入</translation>
    </message>
    <message>
        <source>Saved data</source>
        <translation>保存的数据</translation>
    </message>
    <message>
        <source>the app could not repair this: bring back the learner&apos;s backup file (admin import-profile) or remove the damaged learner</source>
        <translation>软件无法修复：请导入这位学员的备份文件（admin import-profile），或者删除损坏的学员</translation>
    </message>
    <message>
        <source>damaged: </source>
        <translation>已损坏：</translation>
    </message>
    <message>
        <source>databases checked, all healthy: {count}</source>
        <translation>已检查的数据库都完好：{count} 个</translation>
    </message>
    <message>
        <source>voices: </source>
        <translation>语音：</translation>
    </message>
    <message>
        <source>install espeak-ng (with its Mandarin voice)</source>
        <translation>请安装 espeak-ng（含普通话语音）</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>怎么办</translation>
    </message>
    <message>
        <source>Learners cannot use the app until the NO lines above are fixed.</source>
        <translation>上面标着 NO 的问题解决之前，学员无法使用本软件。</translation>
    </message>
    <message>
        <source>Learners can use the app, with the limits in the NOTE lines above.</source>
        <translation>学员可以使用本软件，但有上面 NOTE 行所说的限制。</translation>
    </message>
    <message>
        <source>give this account write access to the folder, or choose another with --data-dir</source>
        <translation>给这个账户这个文件夹的写入权限，或者用 --data-dir 换一个文件夹</translation>
    </message>
    <message>
        <source>Speech cache</source>
        <translation>朗读缓存</translation>
    </message>
    <message>
        <source>{used} MB of {limit} MB; {pinned} MB from packs</source>
        <translation>已用 {used} MB，上限 {limit} MB；课程包音频 {pinned} MB</translation>
    </message>
    <message>
        <source>Reading aloud</source>
        <translation>朗读</translation>
    </message>
    <message>
        <source>no speech engine found</source>
        <translation>没有找到朗读引擎</translation>
    </message>
    <message>
        <source>Chinese would be read with the English voice: </source>
        <translation>中文会被用英文声音读出：</translation>
    </message>
    <message>
        <source>Sound output</source>
        <translation>声音输出</translation>
    </message>
    <message>
        <source>connect speakers or headphones; until then lessons show and highlight their text but nothing is heard</source>
        <translation>请连接音箱或耳机；在那之前课文照常显示和高亮，但听不到声音</translation>
    </message>
    <message>
        <source>no speaker or headphones found</source>
        <translation>没有找到音箱或耳机</translation>
    </message>
    <message>
        <source>Video playback</source>
        <translation>播放视频</translation>
    </message>
    <message>
        <source>videos play</source>
        <translation>视频能正常播放</translation>
    </message>
    <message>
        <source>a test video could not be played</source>
        <translation>一段试播的视频放不出来</translation>
    </message>
    <message>
        <source>reinstall the app (its video player is missing or damaged); until then video lessons cannot be watched, their handouts and text still work</source>
        <translation>请重新安装本软件（它的视频播放部分缺失或损坏）；在这之前视频课看不了，讲义和文字照常能用</translation>
    </message>
    <message>
        <source>Chinese fonts</source>
        <translation>中文字体</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>一个也没有找到</translation>
    </message>
    <message>
        <source>install fonts-noto-cjk and fonts-wqy-microhei</source>
        <translation>请安装 fonts-noto-cjk 和 fonts-wqy-microhei</translation>
    </message>
    <message>
        <source>install fonts-wqy-microhei: without it printouts may not read back exactly in a screen reader or when searched</source>
        <translation>请安装 fonts-wqy-microhei：没有它，打印件在读屏软件里或搜索时可能读不准</translation>
    </message>
    <message>
        <source>Password store</source>
        <translation>密码保管</translation>
    </message>
    <message>
        <source>none found (sign-in cannot be kept)</source>
        <translation>没有找到（登录状态无法保存）</translation>
    </message>
    <message>
        <source>install gnome-keyring (or another password store); until then learners sign in to the class platform each time</source>
        <translation>请安装 gnome-keyring（或其他密码保管程序）；在那之前学员每次都要重新登录课堂平台</translation>
    </message>
    <message>
        <source>Classroom policy</source>
        <translation>教室策略</translation>
    </message>
    <message>
        <source>correct the policy file (resources/policy.sample.toml shows how)</source>
        <translation>请改正策略文件（写法见 resources/policy.sample.toml）</translation>
    </message>
    <message>
        <source>none (home computer)</source>
        <translation>没有（家用电脑）</translation>
    </message>
    <message>
        <source>classroom mode</source>
        <translation>教室模式</translation>
    </message>
    <message>
        <source>home</source>
        <translation>家用</translation>
    </message>
    <message>
        <source>idle minutes</source>
        <translation>无操作分钟数</translation>
    </message>
</context>
<context>
    <name>AdminPacks</name>
    <message>
        <source>Wrote {file} with {n} lessons.</source>
        <translation>已写入 {file}，共 {n} 节课。</translation>
    </message>
    <message>
        <source>Upgraded pack {id} from {old} to {new}: {courses} courses, {lessons} lessons.</source>
        <translation>课程包 {id} 已从 {old} 升级到 {new}：{courses} 门课程，{lessons} 节课。</translation>
    </message>
    <message>
        <source>Installed pack {id} {new}: {courses} courses, {lessons} lessons.</source>
        <translation>已安装课程包 {id} {new}：{courses} 门课程，{lessons} 节课。</translation>
    </message>
</context>
<context>
    <name>AdminProfiles</name>
    <message>
        <source>PIN</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>已添加 {name}。</translation>
    </message>
    <message>
        <source>Removed {name} and everything of theirs.</source>
        <translation>已删除 {name} 及其全部资料。</translation>
    </message>
    <message>
        <source>The PIN of {name} is cleared.</source>
        <translation>{name} 的密码已清除。</translation>
    </message>
</context>
<context>
    <name>AdminRecords</name>
    <message>
        <source>Certificate saved: {file}</source>
        <translation>证书已保存：{file}</translation>
    </message>
    <message>
        <source>Rows saved to the file: {n}</source>
        <translation>已保存到文件的行数：{n}</translation>
    </message>
    <message>
        <source>{name} does not share the learning record with the platform, so nothing was sent.</source>
        <translation>{name}没有选择把学习记录分享给平台，所以什么也没有发送。</translation>
    </message>
    <message>
        <source>{name} is not signed in to the platform, so nothing was sent. Sign in from the app first.</source>
        <translation>{name}还没有登录平台，所以什么也没有发送。请先在程序里登录。</translation>
    </message>
    <message>
        <source>Records sent: {n}</source>
        <translation>已发送的记录：{n}</translation>
    </message>
    <message>
        <source>Records still waiting: {n}</source>
        <translation>还在等待发送的记录：{n}</translation>
    </message>
</context>
<context>
    <name>AdminSaveOffline</name>
    <message>
        <source>Getting ready to save the course…</source>
        <translation>正在准备保存这门课…</translation>
    </message>
    <message>
        <source>Saving lessons: {done} of {total}</source>
        <translation>正在保存课文：第 {done} 课，共 {total} 课</translation>
    </message>
    <message>
        <source>Saving videos and handouts: part {done} of {total}</source>
        <translation>正在保存视频和讲义：第 {done} 部分，共 {total} 部分</translation>
    </message>
    <message>
        <source>The video height must be 1 or more.</source>
        <translation>视频高度至少要是 1。</translation>
    </message>
    <message>
        <source>Lessons saved: {n}</source>
        <translation>已保存的课：{n}</translation>
    </message>
    <message>
        <source>Files left out: {n}</source>
        <translation>没能保存的文件：{n}</translation>
    </message>
</context>
<context>
    <name>AdminSchedule</name>
    <message>
        <source>Classes imported: {n}</source>
        <translation>已导入课程：{n} 门</translation>
    </message>
    <message>
        <source>Classes saved to the file: {n}</source>
        <translation>已保存到文件的课程：{n} 门</translation>
    </message>
    <message>
        <source>--week must be a date like 2026-09-01.</source>
        <translation>--week 需要一个日期，例如 2026-09-01。</translation>
    </message>
    <message>
        <source>Class sessions printed: {n}</source>
        <translation>已打印的课次：{n} 次</translation>
    </message>
</context>
<context>
    <name>AdminSync</name>
    <message>
        <source>Skipped: {note}</source>
        <translation>已跳过：{note}</translation>
    </message>
    <message>
        <source>Topics: {n}</source>
        <translation>主题：{n}</translation>
    </message>
    <message>
        <source>Courses: {n}</source>
        <translation>课程：{n}</translation>
    </message>
    <message>
        <source>Lessons: {n}</source>
        <translation>课节：{n}</translation>
    </message>
    <message>
        <source>Skipped items: {n}</source>
        <translation>跳过的条目：{n}</translation>
    </message>
    <message>
        <source>Enrolled classes: {n}</source>
        <translation>已报名的班级：{n}</translation>
    </message>
</context>
<context>
    <name>Avatars</name>
    <message>
        <source>A yellow sun on dark blue</source>
        <translation>深蓝底上的黄太阳</translation>
    </message>
    <message>
        <source>A white crescent moon at night</source>
        <translation>夜空中的白色弯月</translation>
    </message>
    <message>
        <source>A green pine tree</source>
        <translation>一棵绿色松树</translation>
    </message>
    <message>
        <source>A pink plum blossom</source>
        <translation>一朵粉色梅花</translation>
    </message>
    <message>
        <source>An orange fish in blue water</source>
        <translation>蓝色水中的橙色小鱼</translation>
    </message>
    <message>
        <source>A red bird</source>
        <translation>一只红色小鸟</translation>
    </message>
    <message>
        <source>A house with a brown roof</source>
        <translation>棕色屋顶的房子</translation>
    </message>
    <message>
        <source>A sailing boat on the sea</source>
        <translation>海上的帆船</translation>
    </message>
    <message>
        <source>Grey mountains with snow</source>
        <translation>覆雪的灰色群山</translation>
    </message>
    <message>
        <source>A teal teacup</source>
        <translation>青绿色茶杯</translation>
    </message>
    <message>
        <source>A red lantern</source>
        <translation>一盏红灯笼</translation>
    </message>
    <message>
        <source>A purple butterfly</source>
        <translation>一只紫色蝴蝶</translation>
    </message>
    <message>
        <source>A grey figure of a visitor</source>
        <translation>灰色的访客人形</translation>
    </message>
</context>
<context>
    <name>BookmarkBar</name>
    <message>
        <source>★ Bookmark this</source>
        <translation>★ 加书签</translation>
    </message>
    <message>
        <source>Keep a bookmark at the sentence you are reading</source>
        <translation>在您正在读的这一句加一个书签</translation>
    </message>
    <message>
        <source>✓ Mark as done</source>
        <translation>✓ 标为学完</translation>
    </message>
    <message>
        <source>Mark this lesson as finished</source>
        <translation>把这一课标为已学完</translation>
    </message>
    <message>
        <source>★ Bookmarked: “{quote}”</source>
        <translation>★ 已加书签：“{quote}”</translation>
    </message>
    <message>
        <source>★ Bookmark and note saved.</source>
        <translation>★ 书签和备注都保存好了。</translation>
    </message>
    <message>
        <source>★ Bookmark saved.</source>
        <translation>★ 书签保存好了。</translation>
    </message>
    <message>
        <source>✓ Lesson done</source>
        <translation>✓ 本课已学完</translation>
    </message>
</context>
<context>
    <name>BookmarkRow</name>
    <message>
        <source>{lesson} · {where}</source>
        <translation>{lesson} · {where}</translation>
    </message>
    <message>
        <source>Your note: {note}</source>
        <translation>您的备注：{note}</translation>
    </message>
    <message>
        <source>This lesson is no longer installed.</source>
        <translation>这一课已经不在电脑上了。</translation>
    </message>
    <message>
        <source>This text is not on this computer right now, so the sentence is shown as you bookmarked it. It opens once the computer is connected.</source>
        <translation>这份文字现在不在这台电脑上，所以先显示您当时加书签的那句话。等电脑连上网络，就能打开了。</translation>
    </message>
    <message>
        <source>This lesson has changed; the bookmark now points at the nearest sentence. You had bookmarked: “{quote}”</source>
        <translation>这一课的内容改过了，书签现在指向最接近的一句。您原来标的是：“{quote}”</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete this bookmark (you will be asked first)</source>
        <translation>删除这个书签（会先问您一次）</translation>
    </message>
    <message>
        <source>Delete this bookmark?</source>
        <translation>要删除这个书签吗？</translation>
    </message>
    <message>
        <source>Yes, delete</source>
        <translation>是的，删除</translation>
    </message>
    <message>
        <source>Delete this bookmark now</source>
        <translation>现在删除这个书签</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation>不，留着</translation>
    </message>
    <message>
        <source>Keep this bookmark</source>
        <translation>保留这个书签</translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>讲义</translation>
    </message>
    <message>
        <source>Video text</source>
        <translation>视频文字</translation>
    </message>
    <message>
        <source>Recording text</source>
        <translation>录音文字</translation>
    </message>
</context>
<context>
    <name>BookmarksPage</name>
    <message>
        <source>My bookmarks</source>
        <translation>我的书签</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Bring back the bookmark you just deleted</source>
        <translation>找回刚才删除的书签</translation>
    </message>
    <message>
        <source>You have no bookmarks yet. In a lesson, press “Bookmark this” to keep your place, and you will find it here.</source>
        <translation>您还没有书签。读课文时按“加书签”，就能记住读到的地方，以后在这里找到它。</translation>
    </message>
    <message>
        <source>Other lessons</source>
        <translation>其他课程</translation>
    </message>
    <message>
        <source>Deleted the bookmark “{quote}”.</source>
        <translation>已删除书签“{quote}”。</translation>
    </message>
    <message>
        <source>This screen lists your bookmarks, course by course, with the sentence you marked. Press Enter on a bookmark to open the lesson right there. “Delete” asks first, and you can undo it.</source>
        <translation>这一页按课程列出您的书签和您标记的句子。在书签上按回车键，就会打开那一课并停在那一句。按“删除”会先问您一次，删了也可以撤销。</translation>
    </message>
</context>
<context>
    <name>CaregiverPanel</name>
    <message>
        <source>For caregivers</source>
        <translation>照护人专用</translation>
    </message>
    <message>
        <source>No caregiver PIN is set, so every setting can be changed here. Set a PIN to keep the colours, voice and language as you chose them.</source>
        <translation>还没有设置照护人密码，所以这里的每项设置都可以修改。设置密码后，颜色、声音和语言会保持您选好的样子。</translation>
    </message>
    <message>
        <source>The settings are unlocked. Lock them again when you are done.</source>
        <translation>设置已解锁。改好后请重新锁定。</translation>
    </message>
    <message>
        <source>A caregiver has locked the settings. Text size and reading speed can always be changed; the others need the caregiver PIN.</source>
        <translation>照护人已锁定设置。字体大小和朗读速度随时可以调整，其他设置需要照护人密码。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Bring back the settings from before</source>
        <translation>恢复之前的设置</translation>
    </message>
    <message>
        <source>Unlock with the caregiver PIN</source>
        <translation>输入照护人密码解锁</translation>
    </message>
    <message>
        <source>Enter the caregiver PIN to change every setting</source>
        <translation>输入照护人密码后可以修改所有设置</translation>
    </message>
    <message>
        <source>Reset to recommended for seniors</source>
        <translation>恢复为适合长者的推荐设置</translation>
    </message>
    <message>
        <source>Large text, slow reading, light colours</source>
        <translation>大字、慢速朗读、浅色</translation>
    </message>
    <message>
        <source>Export settings to a file</source>
        <translation>把设置导出到文件</translation>
    </message>
    <message>
        <source>Save these settings to copy them to another computer</source>
        <translation>保存这些设置，以便复制到另一台电脑</translation>
    </message>
    <message>
        <source>Import settings from a file</source>
        <translation>从文件导入设置</translation>
    </message>
    <message>
        <source>Use settings saved on another computer</source>
        <translation>使用在另一台电脑上保存的设置</translation>
    </message>
    <message>
        <source>Lock the settings now</source>
        <translation>现在锁定设置</translation>
    </message>
    <message>
        <source>Only text size and reading speed stay open</source>
        <translation>只有字体大小和朗读速度可以调整</translation>
    </message>
    <message>
        <source>Change the caregiver PIN</source>
        <translation>更改照护人密码</translation>
    </message>
    <message>
        <source>Choose a new caregiver PIN</source>
        <translation>设定新的照护人密码</translation>
    </message>
    <message>
        <source>Remove the caregiver PIN</source>
        <translation>取消照护人密码</translation>
    </message>
    <message>
        <source>Leave every setting open to change</source>
        <translation>让所有设置都可以修改</translation>
    </message>
    <message>
        <source>Set a caregiver PIN</source>
        <translation>设置照护人密码</translation>
    </message>
    <message>
        <source>Choose 4 to 6 digits that lock the settings</source>
        <translation>选 4 到 6 位数字来锁定设置</translation>
    </message>
    <message>
        <source>Enter the caregiver PIN, then press OK.</source>
        <translation>请输入照护人密码，然后按“确定”。</translation>
    </message>
    <message>
        <source>Choose a new caregiver PIN of 4 to 6 digits, then press OK.</source>
        <translation>请设定 4 到 6 位数字的新照护人密码，然后按“确定”。</translation>
    </message>
    <message>
        <source>Enter the same PIN again, then press OK.</source>
        <translation>请再输入一次同样的密码，然后按“确定”。</translation>
    </message>
    <message>
        <source>The settings are unlocked.</source>
        <translation>设置已解锁。</translation>
    </message>
    <message numerus="yes">
        <source>That PIN is not right. Please wait %n second(s), then try again.</source>
        <translation>
            <numerusform>密码不对。请等 %n 秒后再试。</numerusform>
        </translation>
    </message>
    <message>
        <source>That PIN is not right. Please try again.</source>
        <translation>密码不对，请再试一次。</translation>
    </message>
    <message>
        <source>The two PINs were not the same. Please start again.</source>
        <translation>两次输入的密码不一样，请重新开始。</translation>
    </message>
    <message>
        <source>The caregiver PIN is set. The settings stay open until you lock them.</source>
        <translation>照护人密码已设置。在您锁定之前，设置保持打开。</translation>
    </message>
    <message>
        <source>The settings are locked.</source>
        <translation>设置已锁定。</translation>
    </message>
    <message>
        <source>The caregiver PIN was removed. Every setting is open.</source>
        <translation>照护人密码已取消，所有设置都可以修改。</translation>
    </message>
    <message>
        <source>The settings are back to the ones recommended for seniors. Press “Undo” to bring back the ones from before.</source>
        <translation>设置已恢复为适合长者的推荐设置。按“撤销”可以恢复之前的设置。</translation>
    </message>
    <message>
        <source>Your earlier settings are back.</source>
        <translation>之前的设置已经恢复。</translation>
    </message>
    <message>
        <source>The settings were saved to {path}.</source>
        <translation>设置已保存到 {path}。</translation>
    </message>
    <message>
        <source>The settings from {name} are in use. Press “Undo” to go back.</source>
        <translation>现在使用的是 {name} 里的设置。按“撤销”可以恢复原来的设置。</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n 课</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no courses in this section yet. When the computer is online, press “Update lessons” to fetch them.</source>
        <translation>这个栏目还没有课程。电脑联网后，请按“更新课程”获取。</translation>
    </message>
    <message>
        <source>Search courses and lessons</source>
        <translation>搜索课程和课文</translation>
    </message>
    <message>
        <source>Search: type a word, e.g. 书法 or shufa</source>
        <translation>搜索：输入词语，比如“书法”或“shufa”</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign in to the lesson platform</source>
        <translation>登录课程平台</translation>
    </message>
    <message>
        <source>No course matches these words. Try fewer or other words.</source>
        <translation>没有找到相符的课程。试试少输几个字，或换个词。</translation>
    </message>
    <message numerus="yes">
        <source>Showing {shown} of %n course(s). Type in the search box to find others.</source>
        <translation>
            <numerusform>显示了 %n 门课程中的 {shown} 门。在搜索框里输入词语，可以找到其他课程。</numerusform>
        </translation>
    </message>
    <message>
        <source>This screen lists the courses of one section. Each large card is a course. Press Tab to move between them and Enter to open one.</source>
        <translation>这一页列出一个栏目的课程。每张大卡片是一门课。按 Tab 键在卡片之间移动，按回车键打开。</translation>
    </message>
</context>
<context>
    <name>Certificate</name>
    <message>
        <source>d MMMM yyyy</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>Certificate of completion</source>
        <translation>结业证书</translation>
    </message>
    <message>
        <source>This certifies that {name} has completed the course</source>
        <translation>兹证明{name}已学完课程</translation>
    </message>
    <message>
        <source>Lessons: {n}</source>
        <translation>课数：{n}节</translation>
    </message>
    <message>
        <source>Hours of study: {hours}</source>
        <translation>学习时间：{hours}小时</translation>
    </message>
    <message>
        <source>First day: {day}</source>
        <translation>开始日期：{day}</translation>
    </message>
    <message>
        <source>Last day: {day}</source>
        <translation>结束日期：{day}</translation>
    </message>
    <message>
        <source>Silver Classroom</source>
        <translation>银龄课堂</translation>
    </message>
</context>
<context>
    <name>ClassFormPage</name>
    <message>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation>提前 1 天</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) before</source>
        <translation>
            <numerusform>提前 %n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>提前 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Go back to the question before</source>
        <translation>回到上一个问题</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Go on to the next question</source>
        <translation>进入下一个问题</translation>
    </message>
    <message>
        <source>Save class</source>
        <translation>保存课程</translation>
    </message>
    <message>
        <source>Keep this class in your timetable</source>
        <translation>把这门课保存到您的课程表</translation>
    </message>
    <message>
        <source>Type it here with the keyboard</source>
        <translation>请用键盘在这里输入</translation>
    </message>
    <message>
        <source>What is the class called?</source>
        <translation>这门课叫什么名字？</translation>
    </message>
    <message>
        <source>Name of the class</source>
        <translation>课程名称</translation>
    </message>
    <message>
        <source>Teacher (you may leave this empty)</source>
        <translation>老师（可以不填）</translation>
    </message>
    <message>
        <source>Where is the class?</source>
        <translation>在哪里上课？</translation>
    </message>
    <message>
        <source>In a room</source>
        <translation>在教室</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在网上</translation>
    </message>
    <message>
        <source>Room or address</source>
        <translation>教室或地址</translation>
    </message>
    <message>
        <source>Web address of the online class</source>
        <translation>网课的网址</translation>
    </message>
    <message>
        <source>On which days?</source>
        <translation>每周哪几天上课？</translation>
    </message>
    <message>
        <source>This class repeats in its own way (from a calendar file); its days are kept as they are.</source>
        <translation>这门课的重复方式来自日历文件，上课日期保持不变。</translation>
    </message>
    <message>
        <source>What time does it start?</source>
        <translation>几点开始？</translation>
    </message>
    <message>
        <source>− 1 hour</source>
        <translation>− 1 小时</translation>
    </message>
    <message>
        <source>+ 1 hour</source>
        <translation>+ 1 小时</translation>
    </message>
    <message>
        <source>− 5 minutes</source>
        <translation>− 5 分钟</translation>
    </message>
    <message>
        <source>+ 5 minutes</source>
        <translation>+ 5 分钟</translation>
    </message>
    <message>
        <source>Times are in the class&apos;s time zone: {zone}</source>
        <translation>时间按这门课所在的时区：{zone}</translation>
    </message>
    <message>
        <source>Shorter (− 15 minutes)</source>
        <translation>缩短（− 15 分钟）</translation>
    </message>
    <message>
        <source>Longer (+ 15 minutes)</source>
        <translation>延长（+ 15 分钟）</translation>
    </message>
    <message>
        <source>Start time {time}</source>
        <translation>开始时间 {time}</translation>
    </message>
    <message>
        <source>The class lasts {hours} h {minutes} min</source>
        <translation>每次上课 {hours} 小时 {minutes} 分钟</translation>
    </message>
    <message>
        <source>When should I remind you?</source>
        <translation>什么时候提醒您？</translation>
    </message>
    <message>
        <source>Step {n} of {total}</source>
        <translation>第 {n} 步，共 {total} 步</translation>
    </message>
    <message>
        <source>Please write the name of the class.</source>
        <translation>请写上课程名称。</translation>
    </message>
    <message>
        <source>Please choose at least one day.</source>
        <translation>请至少选择一天。</translation>
    </message>
    <message>
        <source>“{title}”, {days}, at {time}.</source>
        <translation>“{title}”，{days}，{time} 开始。</translation>
    </message>
    <message>
        <source>Change a class</source>
        <translation>修改课程</translation>
    </message>
    <message>
        <source>Add a class</source>
        <translation>添加课程</translation>
    </message>
    <message>
        <source>Here you add or change a class, one question at a time. Answer the question, then press “Next step”. On the last step press “Save class”.</source>
        <translation>在这里添加或修改课程，每次只回答一个问题。回答后按“下一步”，最后一步按“保存课程”。</translation>
    </message>
</context>
<context>
    <name>ClassRow</name>
    <message>
        <source>Place: {place}</source>
        <translation>地点：{place}</translation>
    </message>
    <message>
        <source>Online class</source>
        <translation>网课</translation>
    </message>
    <message>
        <source>Teacher: {teacher}</source>
        <translation>老师：{teacher}</translation>
    </message>
    <message>
        <source>From your class platform</source>
        <translation>来自学习平台</translation>
    </message>
    <message>
        <source>Join class</source>
        <translation>进入网课</translation>
    </message>
    <message>
        <source>Open the online class in your web browser</source>
        <translation>在浏览器中打开网课</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Change this class: name, days, time</source>
        <translation>修改这门课：名称、日期、时间</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove this class</source>
        <translation>删除这门课</translation>
    </message>
    <message>
        <source>Yes, delete</source>
        <translation>是的，删除</translation>
    </message>
    <message>
        <source>No, go back</source>
        <translation>不，返回</translation>
    </message>
</context>
<context>
    <name>ClassroomSession</name>
    <message>
        <source>Finish</source>
        <translation>结束访客</translation>
    </message>
    <message>
        <source>End the guest visit; nothing of it is kept</source>
        <translation>结束访客使用，什么都不保留</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>换人</translation>
    </message>
    <message>
        <source>Save your place and go back to the list of learners</source>
        <translation>保存学习进度，回到学员名单</translation>
    </message>
    <message numerus="yes">
        <source>Are you still there? Touch a key or move the mouse to carry on. Otherwise this screen goes back to the list of learners in %n second(s).</source>
        <translation>
            <numerusform>您还在吗？按任意键或动一下鼠标就可以继续。否则 %n 秒后回到学员名单。</numerusform>
        </translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>您还在吗？</translation>
    </message>
</context>
<context>
    <name>ComputerCheck</name>
    <message>
        <source>Check this computer</source>
        <translation>检查这台电脑</translation>
    </message>
    <message>
        <source>Ask a helper to free some disk space, or to let this account write in the data folder shown above.</source>
        <translation>请帮手腾出一些磁盘空间，或者让这个账户可以写入上面显示的数据文件夹。</translation>
    </message>
    <message>
        <source>Close Silver Classroom and open it again: a damaged file is put aside and the newest backup is used. If this stays, ask a helper.</source>
        <translation>请关闭银龄课堂再重新打开：损坏的文件会被放到一边，并使用最新的备份。如果问题还在，请找帮手。</translation>
    </message>
    <message>
        <source>Lessons can still be read on screen. To hear them, ask a helper to install the espeak-ng speech program with its Mandarin voice.</source>
        <translation>课文仍然可以在屏幕上阅读。要听朗读，请帮手安装 espeak-ng 语音程序和它的普通话语音。</translation>
    </message>
    <message>
        <source>Plug in speakers or headphones, turn them on and up, then press “Check again”.</source>
        <translation>请插上音箱或耳机，打开并调大音量，然后按“再检查一次”。</translation>
    </message>
    <message>
        <source>Chinese text may show as empty boxes. Ask a helper to install a Chinese font (for example Noto Sans CJK).</source>
        <translation>中文可能显示成空白方框。请帮手安装中文字体（例如 Noto Sans CJK）。</translation>
    </message>
    <message>
        <source>Signing in to the lesson service works, but you will be asked to sign in again each time. A helper can set up the computer&apos;s password store.</source>
        <translation>可以登录课程服务，但每次都要重新登录。帮手可以设置电脑的密码存储。</translation>
    </message>
    <message>
        <source>Ask the classroom&apos;s computer helper to look at the classroom settings file.</source>
        <translation>请教室的电脑帮手检查教室设置文件。</translation>
    </message>
    <message>
        <source>Ask a helper to look at this.</source>
        <translation>请帮手看一看这一项。</translation>
    </message>
</context>
<context>
    <name>ComputerCheckPage</name>
    <message>
        <source>Everything is ready.</source>
        <translation>一切就绪。</translation>
    </message>
    <message>
        <source>Some things need attention. Each one says what to do.</source>
        <translation>有几项需要处理。每一项都写了该怎么做。</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>再检查一次</translation>
    </message>
    <message>
        <source>Run every check again, after something was fixed</source>
        <translation>处理好以后，把每一项再检查一遍</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>需要处理</translation>
    </message>
    <message>
        <source>{check}: {state}</source>
        <translation>{check}：{state}</translation>
    </message>
    <message>
        <source>What to do: </source>
        <translation>怎么做：</translation>
    </message>
    <message>
        <source>Check this computer</source>
        <translation>检查这台电脑</translation>
    </message>
    <message>
        <source>This screen checks whether this computer can run Silver Classroom well: saving, reading aloud, sound, Chinese letters and signing in. Anything that needs attention comes first, with what to do.</source>
        <translation>这个页面检查这台电脑能不能顺利使用银龄课堂：保存、朗读、声音、中文字和登录。需要处理的项目排在最前面，并写了该怎么做。</translation>
    </message>
</context>
<context>
    <name>CoursePage</name>
    <message numerus="yes">
        <source>You have finished {done} of %n lesson(s).</source>
        <translation>
            <numerusform>共 %n 课，您已学完 {done} 课。</numerusform>
        </translation>
    </message>
    <message>
        <source>Print my certificate</source>
        <translation>打印我的结业证书</translation>
    </message>
    <message>
        <source>Print a certificate that you completed this course</source>
        <translation>打印一张学完这门课程的证书</translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation>✓ 已学完</translation>
    </message>
    <message>
        <source>◐ Started</source>
        <translation>◐ 学了一部分</translation>
    </message>
    <message>
        <source>Lesson {n}: {title}</source>
        <translation>第{n}课：{title}</translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s) of reading</source>
        <translation>
            <numerusform>大约读 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>This screen shows the lessons of one course, in order. A tick means you finished that lesson. Press Enter on a lesson to read it.</source>
        <translation>这一页按顺序列出一门课的各节课。打勾表示这一课已经学完。在某一课上按回车键就可以阅读。</translation>
    </message>
</context>
<context>
    <name>CrashNotice</name>
    <message>
        <source>Something went wrong. Your bookmarks and progress are safe.</source>
        <translation>出了点问题。您的书签和学习进度都安全。</translation>
    </message>
    <message>
        <source>You can carry on where you were. If this happens again, ask a helper and press “Copy details for a helper”, then paste them into a message to them.</source>
        <translation>您可以接着刚才的地方继续。如果再次出现，请找帮手，按“复制详情给帮手”，再把它粘贴到发给帮手的消息里。</translation>
    </message>
    <message>
        <source>Copy details for a helper</source>
        <translation>复制详情给帮手</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>关闭这条消息</translation>
    </message>
    <message>
        <source>The details are copied. Paste them into a message to your helper.</source>
        <translation>详情已复制。请把它粘贴到发给帮手的消息里。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>出了点问题，请再试一次。</translation>
    </message>
    <message>
        <source>Your saved data could not be read or written.</source>
        <translation>您保存的资料暂时无法读取或保存。</translation>
    </message>
    <message>
        <source>This data was saved by a newer version of Silver Classroom. Please update the app; your data has not been changed.</source>
        <translation>这些资料是由更新版本的银龄课堂保存的。请先更新软件；您的资料没有被改动。</translation>
    </message>
    <message>
        <source>This course pack cannot be used.</source>
        <translation>这个课程包无法使用。</translation>
    </message>
    <message>
        <source>The lesson service sent data we could not understand.</source>
        <translation>课程平台发来的内容无法识别。</translation>
    </message>
    <message>
        <source>Reading aloud is not available.</source>
        <translation>朗读功能现在不能使用。</translation>
    </message>
    <message>
        <source>Nothing was found with that name.</source>
        <translation>没有找到这个名字对应的内容。</translation>
    </message>
    <message>
        <source>The lesson service cannot be reached right now. Your saved lessons are still here.</source>
        <translation>现在连不上课程服务。您已保存的课程都还在。</translation>
    </message>
    <message>
        <source>Your sign-in has run out. Please sign in again.</source>
        <translation>您的登录已过期，请重新登录。</translation>
    </message>
    <message>
        <source>This computer has no safe place to keep your sign-in (no keyring), so it was not saved. Ask your helper to set up the system keyring.</source>
        <translation>这台电脑没有安全保存登录信息的地方（没有密钥环），所以没有保存。请让帮手设置系统密钥环。</translation>
    </message>
    <message>
        <source>The disk is full, so “{file}” could not be saved. Nothing saved before was lost. Please make some room, or choose another place, and try again.</source>
        <translation>磁盘已经满了，“{file}”没能保存。以前保存的东西一点也没有丢。请腾出一些空间，或者换一个地方，再试一次。</translation>
    </message>
    <message>
        <source>There is not enough free space on this computer to save this course: it needs about {need} MB, {free} MB are free. Nothing was changed.</source>
        <translation>这台电脑的空间不够，存不下这门课：大约需要 {need} MB，现在只剩 {free} MB。什么都没有改动。</translation>
    </message>
    <message>
        <source>A file of “{lesson}” could not be saved, so it was left out.</source>
        <translation>“{lesson}”里有一个文件没能保存，先跳过了。</translation>
    </message>
    <message>
        <source>The video of “{lesson}” is not on the lesson service, so it was not saved.</source>
        <translation>课程平台上找不到“{lesson}”的视频，所以没有保存。</translation>
    </message>
    <message>
        <source>The video of “{lesson}” arrived damaged, so it was not saved.</source>
        <translation>“{lesson}”的视频下载下来是坏的，所以没有保存。</translation>
    </message>
    <message>
        <source>The video of “{lesson}” is locked and its key is not on the lesson service, so it was not saved.</source>
        <translation>“{lesson}”的视频上了锁，课程平台上找不到开锁的钥匙，所以没有保存。</translation>
    </message>
    <message>
        <source>The recording of “{lesson}” is not on the lesson service, so it was not saved.</source>
        <translation>课程平台上找不到“{lesson}”的录音，所以没有保存。</translation>
    </message>
    <message>
        <source>The recording of “{lesson}” arrived damaged, so it was not saved.</source>
        <translation>“{lesson}”的录音下载下来是坏的，所以没有保存。</translation>
    </message>
    <message>
        <source>The handout of “{lesson}” is not on the lesson service, so it was not saved.</source>
        <translation>课程平台上找不到“{lesson}”的讲义，所以没有保存。</translation>
    </message>
    <message>
        <source>The handout of “{lesson}” arrived damaged, so it was not saved.</source>
        <translation>“{lesson}”的讲义下载下来是坏的，所以没有保存。</translation>
    </message>
    <message>
        <source>The subtitles of “{lesson}” are not on the lesson service, so they were not saved.</source>
        <translation>课程平台上找不到“{lesson}”的字幕，所以没有保存。</translation>
    </message>
    <message>
        <source>The subtitles of “{lesson}” arrived damaged, so they were not saved.</source>
        <translation>“{lesson}”的字幕下载下来是坏的，所以没有保存。</translation>
    </message>
    <message>
        <source>A picture of “{lesson}” is not on the lesson service, so it was not saved.</source>
        <translation>课程平台上找不到“{lesson}”的一张图片，所以没有保存。</translation>
    </message>
    <message>
        <source>A picture of “{lesson}” arrived damaged, so it was not saved.</source>
        <translation>“{lesson}”的一张图片下载下来是坏的，所以没有保存。</translation>
    </message>
    <message>
        <source>The setting “{key}” cannot be “{value}”.</source>
        <translation>设置“{key}”不能是“{value}”。</translation>
    </message>
    <message>
        <source>This settings file cannot be used, so nothing was changed.</source>
        <translation>这个设置文件不能使用，所以什么都没有改动。</translation>
    </message>
    <message>
        <source>This file is not a Silver Classroom settings file, so nothing was changed.</source>
        <translation>这不是银龄课堂的设置文件，所以什么都没有改动。</translation>
    </message>
    <message>
        <source>In this settings file, “{key}” has a value that cannot be used, so nothing was changed.</source>
        <translation>这个设置文件里“{key}”的值不能使用，所以什么都没有改动。</translation>
    </message>
    <message>
        <source>The pack&apos;s pack.json is far too large.</source>
        <translation>课程包里的 pack.json 文件太大了。</translation>
    </message>
    <message>
        <source>The pack holds far too many files.</source>
        <translation>这个课程包里的文件太多了。</translation>
    </message>
    <message>
        <source>The file {path} in the pack is far too large.</source>
        <translation>课程包里的文件 {path} 太大了。</translation>
    </message>
    <message>
        <source>The pack is far too large.</source>
        <translation>这个课程包太大了。</translation>
    </message>
    <message>
        <source>This is not a course pack: pack.json is missing.</source>
        <translation>这不是课程包：缺少 pack.json 文件。</translation>
    </message>
    <message>
        <source>The pack&apos;s pack.json is damaged and cannot be read.</source>
        <translation>课程包里的 pack.json 文件已损坏，无法读取。</translation>
    </message>
    <message>
        <source>The pack is missing the file {path}.</source>
        <translation>课程包缺少文件 {path}。</translation>
    </message>
    <message>
        <source>The file {path} in the pack is damaged (its md5 is wrong).</source>
        <translation>课程包里的文件 {path} 坏了（校验码对不上）。</translation>
    </message>
    <message>
        <source>The lesson file {path} cannot be read.</source>
        <translation>课文文件 {path} 无法读取。</translation>
    </message>
    <message>
        <source>The picture {path} has no description in pack.json.</source>
        <translation>图片 {path} 在 pack.json 里没有文字说明。</translation>
    </message>
    <message>
        <source>This file is not a readable course pack.</source>
        <translation>这个文件不是能读取的课程包。</translation>
    </message>
    <message>
        <source>This pack (version {version}) is already installed or older.</source>
        <translation>这个课程包（版本 {version}）已经安装过，或比已安装的旧。</translation>
    </message>
    <message>
        <source>The pack names a file badly at {where}.</source>
        <translation>课程包在 {where} 处的文件名写得不对。</translation>
    </message>
    <message>
        <source>The pack tries to use a file outside itself: {path}</source>
        <translation>课程包想使用它外面的文件：{path}</translation>
    </message>
    <message>
        <source>The pack is missing information at {where}.</source>
        <translation>课程包在 {where} 处缺少信息。</translation>
    </message>
    <message>
        <source>The pack has no {lang} text at {where}.</source>
        <translation>课程包在 {where} 处缺少 {lang} 文字。</translation>
    </message>
    <message>
        <source>Save this course for offline use first, then export it.</source>
        <translation>请先把这门课程“保存到本机”，再导出。</translation>
    </message>
    <message>
        <source>The pack has a bad name (id) at {where}.</source>
        <translation>课程包在 {where} 处的名称（编号）不对。</translation>
    </message>
    <message>
        <source>This course pack needs a newer version of Silver Classroom.</source>
        <translation>这个课程包需要更新版本的银龄课堂。</translation>
    </message>
    <message>
        <source>The pack has a bad version number.</source>
        <translation>课程包的版本号不对。</translation>
    </message>
    <message>
        <source>The pack uses the name {id} twice.</source>
        <translation>课程包里名称 {id} 用了两次。</translation>
    </message>
    <message>
        <source>“{file}” is not a Silver Classroom profile file. Nothing was changed.</source>
        <translation>“{file}”不是银龄课堂的学员资料文件。什么都没有改动。</translation>
    </message>
    <message>
        <source>“{file}” could not be opened. Please check its name and folder. Nothing was changed.</source>
        <translation>打不开“{file}”。请检查文件名和所在的文件夹。什么都没有改动。</translation>
    </message>
    <message>
        <source>The file “{file}” could not be saved. Please check the folder and try again.</source>
        <translation>文件“{file}”保存不了。请检查文件夹后再试一次。</translation>
    </message>
    <message>
        <source>“{file}” is not a profile file: it is not text. Nothing was changed.</source>
        <translation>“{file}”不是学员资料文件：它不是文字文件。什么都没有改动。</translation>
    </message>
    <message>
        <source>“{file}” is too big to be a profile file. Nothing was changed.</source>
        <translation>“{file}”太大了，不是学员资料文件。什么都没有改动。</translation>
    </message>
    <message>
        <source>“{file}” is cut short: it ends in the middle, perhaps the copy did not finish. Nothing was changed.</source>
        <translation>“{file}”不完整：它在中间就断了，可能是没有复制完。什么都没有改动。</translation>
    </message>
    <message>
        <source>“{file}” cannot be read: there is a mistake on line {line}. Nothing was changed.</source>
        <translation>“{file}”读不了：第 {line} 行有错误。什么都没有改动。</translation>
    </message>
    <message>
        <source>“{file}” is nested far too deeply to be a profile file. Nothing was changed.</source>
        <translation>“{file}”的层次嵌套得太深，不是学员资料文件。什么都没有改动。</translation>
    </message>
    <message>
        <source>“{file}” was saved by a newer version of Silver Classroom. Please update the app first. Nothing was changed.</source>
        <translation>“{file}”是用更新版本的银龄课堂保存的。请先更新本软件。什么都没有改动。</translation>
    </message>
    <message>
        <source>“{file}” is not a Silver Classroom profile file: “{where}” is missing. Nothing was changed.</source>
        <translation>“{file}”不是银龄课堂的学员资料文件：缺少“{where}”。什么都没有改动。</translation>
    </message>
    <message>
        <source>In “{file}”, “{where}” has the wrong kind of value. Nothing was changed.</source>
        <translation>“{file}”中，“{where}”的内容类型不对。什么都没有改动。</translation>
    </message>
    <message>
        <source>There is already a learner called “{name}”. Nothing was changed. Import under another name, or choose to replace that learner&apos;s data.</source>
        <translation>已经有一位叫“{name}”的学员了。什么都没有改动。请换一个名字导入，或者选择替换这位学员的资料。</translation>
    </message>
    <message>
        <source>The file “{path}” could not be opened.</source>
        <translation>无法打开文件“{path}”。</translation>
    </message>
    <message>
        <source>This class cannot be saved.</source>
        <translation>这门课无法保存。</translation>
    </message>
    <message>
        <source>The time zone “{zone}” is not known.</source>
        <translation>不认识时区“{zone}”。</translation>
    </message>
    <message>
        <source>The repeat rule “{rule}” of “{title}” cannot be understood.</source>
        <translation>无法理解“{title}”的重复规则“{rule}”。</translation>
    </message>
    <message>
        <source>Please give the class a name.</source>
        <translation>请给课程起个名字。</translation>
    </message>
    <message>
        <source>This calendar file could not be read. Nothing was imported.</source>
        <translation>无法读取这个日历文件，没有导入任何课程。</translation>
    </message>
    <message>
        <source>This is not a calendar file: it does not start with BEGIN:VCALENDAR.</source>
        <translation>这不是日历文件：开头没有 BEGIN:VCALENDAR。</translation>
    </message>
    <message>
        <source>The calendar file is incomplete: END:VCALENDAR is missing. Nothing was imported.</source>
        <translation>日历文件不完整：缺少 END:VCALENDAR，没有导入任何课程。</translation>
    </message>
    <message>
        <source>The calendar file is too large to be a class timetable. Nothing was imported.</source>
        <translation>日历文件太大，不像课程表，没有导入任何课程。</translation>
    </message>
    <message>
        <source>The calendar file could not be read ({detail}). Nothing was imported.</source>
        <translation>无法读取日历文件（{detail}），没有导入任何课程。</translation>
    </message>
    <message>
        <source>The calendar file has no classes in it.</source>
        <translation>日历文件里没有课程。</translation>
    </message>
    <message>
        <source>Class number {number} in the calendar file has no name. Nothing was imported.</source>
        <translation>日历文件里的第 {number} 门课没有名称，没有导入任何课程。</translation>
    </message>
    <message>
        <source>The class “{title}” has no start time. Nothing was imported.</source>
        <translation>课程“{title}”没有开始时间，没有导入任何课程。</translation>
    </message>
    <message>
        <source>The {field} of “{title}” cannot be read: {value}. Nothing was imported.</source>
        <translation>“{title}”的 {field} 无法读取：{value}。没有导入任何课程。</translation>
    </message>
    <message>
        <source>“{title}” is a whole-day event, not a class with a start time. Nothing was imported.</source>
        <translation>“{title}”是全天活动，不是有开始时间的课程，没有导入任何课程。</translation>
    </message>
    <message>
        <source>The calendar file is not text (UTF-8). Nothing was imported.</source>
        <translation>日历文件不是文本（UTF-8），没有导入任何课程。</translation>
    </message>
    <message>
        <source>A PIN is 4 to 6 digits, for example 2580.</source>
        <translation>密码是 4 到 6 位数字，例如 2580。</translation>
    </message>
    <message>
        <source>That PIN is not right. Please try again.</source>
        <translation>密码不对，请再试一次。</translation>
    </message>
    <message>
        <source>That PIN is not right. Please wait {seconds} seconds, then try again.</source>
        <translation>密码不对。请等 {seconds} 秒后再试。</translation>
    </message>
    <message>
        <source>Please wait {seconds} more seconds before trying the PIN again.</source>
        <translation>请再等 {seconds} 秒，然后再输入密码。</translation>
    </message>
    <message>
        <source>Please wait 1 more second before trying the PIN again.</source>
        <translation>请再等 1 秒，然后再输入密码。</translation>
    </message>
    <message>
        <source>The classroom policy file {path} cannot be used ({problem}). Safe classroom settings are used instead.</source>
        <translation>教室策略文件 {path} 无法使用（{problem}）。现在改用安全的教室设置。</translation>
    </message>
    <message>
        <source>The pack {path} was not found.</source>
        <translation>没有找到课程包 {path}。</translation>
    </message>
    <message>
        <source>Please give a name of 1 to 40 letters for the new learner.</source>
        <translation>请给新学员起一个 1 到 40 个字的名字。</translation>
    </message>
    <message>
        <source>There is already a learner called “{name}”. How about “{suggestion}”?</source>
        <translation>已经有一位叫“{name}”的学员了。用“{suggestion}”怎么样？</translation>
    </message>
    <message>
        <source>There is no learner called “{name}” here.</source>
        <translation>这里没有叫“{name}”的学员。</translation>
    </message>
    <message>
        <source>There is no picture called “{avatar}”. The pictures are: {choices}.</source>
        <translation>没有叫“{avatar}”的头像。可选的头像有：{choices}。</translation>
    </message>
    <message>
        <source>The settings file could not be read, so nothing was changed.</source>
        <translation>无法读取这个设置文件，所以什么都没有改动。</translation>
    </message>
    <message>
        <source>The audio could not be made: {reason}</source>
        <translation>没能生成声音：{reason}</translation>
    </message>
    <message>
        <source>Reading aloud needs a speech program, and none was found. Please ask a helper to install espeak-ng.</source>
        <translation>朗读需要一个语音程序，但没有找到。请找人帮忙安装 espeak-ng。</translation>
    </message>
    <message>
        <source>There is no voice for this lesson&apos;s language. Please ask a helper to install the espeak-ng voices (espeak-ng-data).</source>
        <translation>没有这课所用语言的声音。请找人帮忙安装 espeak-ng 的语音包（espeak-ng-data）。</translation>
    </message>
    <message>
        <source>No speakers found: plug in speakers or headphones. The highlight still shows the reading.</source>
        <translation>没有找到音箱：请插上音箱或耳机。高亮仍会标出正在读的句子。</translation>
    </message>
    <message>
        <source>This sentence could not be read aloud, so it was skipped.</source>
        <translation>这一句没能读出来，已跳过。</translation>
    </message>
    <message>
        <source>The computer&apos;s disk is full, so the lesson cannot be read aloud now. Nothing you saved was lost. Please ask a helper to make some room, then press “Read aloud” again.</source>
        <translation>电脑的磁盘满了，现在不能朗读课文。您保存的内容都没有丢。请找人帮忙腾出一些空间，然后再按“朗读”。</translation>
    </message>
    <message>
        <source>No platform address is set. Run it once with --api-base URL.</source>
        <translation>还没有设置平台地址。请带上 --api-base 网址运行一次。</translation>
    </message>
    <message>
        <source>The lesson service sent something we could not read ({where}).</source>
        <translation>课程服务发来的内容无法读取（{where}）。</translation>
    </message>
    <message>
        <source>The lesson service could not find what we asked for ({where}).</source>
        <translation>课程服务找不到所要的内容（{where}）。</translation>
    </message>
    <message>
        <source>The lesson service sent far too much data ({where}).</source>
        <translation>课程服务发来的数据太多了（{where}）。</translation>
    </message>
    <message>
        <source>A lesson arrived damaged ({where}). Please try again later.</source>
        <translation>有一节课传过来时损坏了（{where}）。请稍后再试。</translation>
    </message>
    <message>
        <source>This course is not finished yet, so there is no certificate for it.</source>
        <translation>这门课程还没有学完，所以还没有结业证书。</translation>
    </message>
    <message>
        <source>“{path}” cannot be used here.</source>
        <translation>“{path}”不能用在这里。</translation>
    </message>
    <message>
        <source>There is no file “{path}”.</source>
        <translation>没有“{path}”这个文件。</translation>
    </message>
    <message>
        <source>The folder “{folder}” does not exist, so “{path}” cannot be made there.</source>
        <translation>文件夹“{folder}”不存在，所以无法在那里建立“{path}”。</translation>
    </message>
    <message>
        <source>“{path}” is a folder. Please name a file.</source>
        <translation>“{path}”是一个文件夹。请写一个文件名。</translation>
    </message>
    <message>
        <source>“{path}” is a file. Please name a folder.</source>
        <translation>“{path}”是一个文件。请写一个文件夹。</translation>
    </message>
    <message>
        <source>There is no platform course “{id}” on this computer. Run admin sync first, or look up its id with admin catalog.</source>
        <translation>这台电脑上没有平台课程“{id}”。请先运行 admin sync，或者用 admin catalog 查一下课程编号。</translation>
    </message>
</context>
<context>
    <name>FileChooser</name>
    <message>
        <source>Learner data files (*.json)</source>
        <translation>学员资料文件 (*.json)</translation>
    </message>
    <message>
        <source>Settings files (*.json)</source>
        <translation>设置文件 (*.json)</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <source>Choose a settings file</source>
        <translation>选择设置文件</translation>
    </message>
    <message>
        <source>Save this learner&apos;s data</source>
        <translation>保存这位学员的资料</translation>
    </message>
    <message>
        <source>Choose a learner data file</source>
        <translation>选择学员资料文件</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>日历文件 (*.ics)</translation>
    </message>
    <message>
        <source>Save the classes as a calendar file</source>
        <translation>把课程表保存为日历文件</translation>
    </message>
    <message>
        <source>Choose a calendar file</source>
        <translation>选择日历文件</translation>
    </message>
    <message>
        <source>Course packs (*.zip)</source>
        <translation>课程包 (*.zip)</translation>
    </message>
    <message>
        <source>Save the course pack</source>
        <translation>保存课程包</translation>
    </message>
    <message>
        <source>Choose a course pack</source>
        <translation>选择课程包</translation>
    </message>
</context>
<context>
    <name>HandoutHolder</name>
    <message>
        <source>Opening the handout …</source>
        <translation>正在打开讲义……</translation>
    </message>
    <message>
        <source>The handout could not be loaded. Please check that this computer is connected, then open the lesson again.</source>
        <translation>讲义没能下载下来。请看看电脑有没有连上网，然后再打开这一课。</translation>
    </message>
</context>
<context>
    <name>HandoutView</name>
    <message>
        <source>Handout</source>
        <translation>讲义</translation>
    </message>
    <message>
        <source>This handout could not be opened. It may be damaged.</source>
        <translation>这份讲义打不开，可能已经损坏。</translation>
    </message>
    <message>
        <source>This handout is a scanned picture without text, so it cannot be read aloud or shown as large text. You can still make it larger.</source>
        <translation>这份讲义是扫描的图片，里面没有文字，所以不能朗读，也不能变成大字。您仍然可以把它放大来看。</translation>
    </message>
    <message>
        <source>Handout page</source>
        <translation>讲义页面</translation>
    </message>
    <message>
        <source>A page of the handout. Use the arrow keys to move around the page.</source>
        <translation>讲义的一页。按方向键可以在这一页上移动。</translation>
    </message>
    <message>
        <source>◀ Previous page</source>
        <translation>◀ 上一页</translation>
    </message>
    <message>
        <source>Show the page before</source>
        <translation>显示前一页</translation>
    </message>
    <message>
        <source>Next page ▶</source>
        <translation>下一页 ▶</translation>
    </message>
    <message>
        <source>Show the next page</source>
        <translation>显示后一页</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Make the page smaller</source>
        <translation>把页面变小</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Make the page larger</source>
        <translation>把页面变大</translation>
    </message>
    <message>
        <source>Show as large text</source>
        <translation>变成大字</translation>
    </message>
    <message>
        <source>Read the handout&apos;s words as large text in the reader</source>
        <translation>把讲义的文字用大字显示在阅读区</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation>第 {n} 页，共 {total} 页</translation>
    </message>
    <message>
        <source>Size: {n}%</source>
        <translation>大小：{n}%</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Welcome to Silver Classroom</source>
        <translation>欢迎来到银龄课堂</translation>
    </message>
    <message>
        <source>Continue: {course} · {lesson}</source>
        <translation>继续学习：{course} · {lesson}</translation>
    </message>
    <message>
        <source>Open the lesson where you stopped.</source>
        <translation>从上次停下的地方接着学。</translation>
    </message>
    <message>
        <source>Start learning</source>
        <translation>开始学习</translation>
    </message>
    <message>
        <source>Begin with: {course}</source>
        <translation>先从这门课开始：{course}</translation>
    </message>
    <message>
        <source>Choose a course below.</source>
        <translation>请在下面选一门课。</translation>
    </message>
    <message>
        <source>Today&apos;s classes</source>
        <translation>今天的课</translation>
    </message>
    <message>
        <source>No class today</source>
        <translation>今天没有课</translation>
    </message>
    <message>
        <source>Open my schedule</source>
        <translation>打开我的课程表</translation>
    </message>
    <message>
        <source>Silver age courses</source>
        <translation>银龄课程</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n 课</numerusform>
        </translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>全部栏目</translation>
    </message>
    <message numerus="yes">
        <source>%n course(s)</source>
        <translation>
            <numerusform>%n 门课</numerusform>
        </translation>
    </message>
    <message>
        <source>My bookmarks</source>
        <translation>我的书签</translation>
    </message>
    <message>
        <source>The sentences you marked to read again.</source>
        <translation>您标记下来、想再读的句子。</translation>
    </message>
    <message>
        <source>My learning</source>
        <translation>我的学习</translation>
    </message>
    <message>
        <source>How much you studied this week, and in all.</source>
        <translation>这一周和一共学了多少。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Text size, colours, voice and reading speed.</source>
        <translation>字体大小、颜色、声音和朗读速度。</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>This is the home screen. The first card takes you back to your lesson. Below it are the courses for older learners, and all six sections of the platform. Press Tab to move between cards and Enter to open one. The last card opens the settings.</source>
        <translation>这是首页。第一张卡片带您回到上次的课。下面是适合长者的课程，以及平台的全部六个栏目。按 Tab 键在卡片之间移动，按回车键打开。最后一张卡片打开设置。</translation>
    </message>
    <message>
        <source>Online class</source>
        <translation>网课</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>Space</source>
        <translation>空格键</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>退格键</translation>
    </message>
    <message>
        <source>Page Up</source>
        <translation>上翻页键</translation>
    </message>
    <message>
        <source>Page Down</source>
        <translation>下翻页键</translation>
    </message>
    <message>
        <source>the Left arrow key</source>
        <translation>左方向键</translation>
    </message>
    <message>
        <source>the Right arrow key</source>
        <translation>右方向键</translation>
    </message>
    <message>
        <source>the Up arrow key</source>
        <translation>上方向键</translation>
    </message>
    <message>
        <source>the Down arrow key</source>
        <translation>下方向键</translation>
    </message>
    <message>
        <source>the Space bar</source>
        <translation>空格键</translation>
    </message>
    <message>
        <source>the Backspace key</source>
        <translation>退格键</translation>
    </message>
    <message>
        <source>the minus key</source>
        <translation>减号键</translation>
    </message>
    <message>
        <source>the equals key</source>
        <translation>等号键</translation>
    </message>
    <message>
        <source>the Page Up key</source>
        <translation>上翻页键</translation>
    </message>
    <message>
        <source>the Page Down key</source>
        <translation>下翻页键</translation>
    </message>
    <message>
        <source>the {key} key</source>
        <translation> {key} 键</translation>
    </message>
    <message>
        <source>You can also press {key}.</source>
        <translation>也可以按{key}。</translation>
    </message>
    <message>
        <source>You can also hold down {modifiers} and press {key}.</source>
        <translation>也可以按住{modifiers}，再按{key}。</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first}和{second}</translation>
    </message>
    <message>
        <source>{description}. {keys}</source>
        <translation>{description}。{keys}</translation>
    </message>
    <message>
        <source>{label}  ({keys})</source>
        <translation>{label}（{keys}）</translation>
    </message>
</context>
<context>
    <name>LargeTextView</name>
    <message>
        <source>Back to the pages</source>
        <translation>回到讲义页面</translation>
    </message>
    <message>
        <source>Show the handout&apos;s pages again</source>
        <translation>重新显示讲义的页面</translation>
    </message>
    <message>
        <source>The handout as large text</source>
        <translation>讲义的大字版</translation>
    </message>
</context>
<context>
    <name>LearnerData</name>
    <message>
        <source>Your data was saved to {path}.</source>
        <translation>您的资料已保存到 {path}。</translation>
    </message>
    <message>
        <source>Save my data to a file</source>
        <translation>把我的资料存成文件</translation>
    </message>
    <message>
        <source>Bring my data in from a file</source>
        <translation>从文件导入我的资料</translation>
    </message>
</context>
<context>
    <name>LearningPage</name>
    <message>
        <source>My learning</source>
        <translation>我的学习</translation>
    </message>
    <message>
        <source>Read it to me</source>
        <translation>读给我听</translation>
    </message>
    <message>
        <source>Say how much you studied this week</source>
        <translation>说一说这一周学了多少</translation>
    </message>
    <message>
        <source>Minutes each day this week</source>
        <translation>这一周每天学习的分钟数</translation>
    </message>
    <message>
        <source>Minutes studied each day this week</source>
        <translation>这一周每天学习的分钟数</translation>
    </message>
    <message>
        <source>All together</source>
        <translation>一共</translation>
    </message>
    <message numerus="yes">
        <source>Lessons finished this month: %n</source>
        <translation>
            <numerusform>本月学完的课：%n节</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Courses completed: %n</source>
        <translation>
            <numerusform>学完的课程：%n门</numerusform>
        </translation>
    </message>
    <message>
        <source>Hours of study in all: {hours}</source>
        <translation>一共学习了{hours}小时</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>{hours} {minutes}</source>
        <translation>{hours}{minutes}</translation>
    </message>
    <message>
        <source>This week you have not studied yet. A lesson is there whenever you like.</source>
        <translation>这一周您还没有学习。想学的时候，课程随时都在。</translation>
    </message>
    <message>
        <source>This week you studied {time}, most on {day}.</source>
        <translation>这一周您学习了{time}，{day}学得最多。</translation>
    </message>
    <message>
        <source>{day}: {time}</source>
        <translation>{day}：{time}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>.</source>
        <translation>。</translation>
    </message>
    <message>
        <source>This screen shows how much you studied. The bars are this week&apos;s minutes, one bar for each day, and the same numbers are written under them. Below are the lessons you finished this month, the courses you completed and your hours in all. Press Read it to me (F6) to hear a short summary.</source>
        <translation>这个页面显示您学习了多少。每根柱子是这一周某一天学习的分钟数，下面也用文字写着同样的数字。再往下是本月学完的课、学完的课程和一共的学习时间。按“读给我听”（F6）可以听一句简短的总结。</translation>
    </message>
</context>
<context>
    <name>LessonMedia</name>
    <message>
        <source>The subtitles for this lesson could not be loaded. It plays without them.</source>
        <translation>这一课的字幕没能下载下来。没有字幕也可以照常播放。</translation>
    </message>
</context>
<context>
    <name>LessonPage</name>
    <message>
        <source>Remember this</source>
        <translation>记住这几点</translation>
    </message>
    <message>
        <source>Make the lesson text smaller</source>
        <translation>把课文的字变小</translation>
    </message>
    <message>
        <source>A− Smaller</source>
        <translation>A− 字变小</translation>
    </message>
    <message>
        <source>A+ Larger</source>
        <translation>A+ 字变大</translation>
    </message>
    <message>
        <source>Make the lesson text larger</source>
        <translation>把课文的字变大</translation>
    </message>
    <message>
        <source>Text size: {n}%</source>
        <translation>字号：{n}%</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Print this lesson in large letters</source>
        <translation>用大字打印这一课</translation>
    </message>
    <message>
        <source>Welcome back! Continue from where you stopped: “{quote}”</source>
        <translation>欢迎回来！从上次停下的地方继续：“{quote}”</translation>
    </message>
    <message>
        <source>Press Read aloud to listen on from there.</source>
        <translation>按“朗读”，就从那里接着听。</translation>
    </message>
    <message>
        <source>This is the lesson reader. The lesson text is in the big box; use the Up, Down and Page Down keys to move through it. The buttons on the right make the text larger or smaller. “Bookmark this” keeps your place at the sentence you are reading, with a note if you like; “Mark as done” marks the lesson finished. Press Read aloud (F5, or Space in the text) to hear the lesson; Esc stops, the left and right arrow keys go to the sentence before or after.</source>
        <translation>这是课文阅读页。课文在左边的大框里，用上下键和翻页键移动。右边的按钮可以朗读课文，也可以把字变大或变小。“加书签”会记住您正在读的那一句，还可以写个小备注；“标为学完”表示这一课学完了。按“朗读”（F5，或在课文里按空格键）就能听课文；按 Esc 停止，按左右方向键跳到上一句或下一句。</translation>
    </message>
</context>
<context>
    <name>LinkGuard</name>
    <message>
        <source>Open in the web browser</source>
        <translation>用浏览器打开</translation>
    </message>
    <message>
        <source>Leave Silver Classroom and show this page in the web browser</source>
        <translation>离开银龄课堂，在浏览器里打开这个网页</translation>
    </message>
    <message>
        <source>Stay here</source>
        <translation>留在这里</translation>
    </message>
    <message>
        <source>Do not open the link</source>
        <translation>不打开这个链接</translation>
    </message>
    <message>
        <source>This link opens your web browser and leaves the lesson: {address}</source>
        <translation>这个链接会打开浏览器并离开课文：{address}</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>There is no page called “{key}”.</source>
        <translation>没有叫“{key}”的页面。</translation>
    </message>
    <message>
        <source>No screen was found, so the window cannot open. To see a page without a screen, run: python -m app --screenshot home.png --page home</source>
        <translation>没有找到显示器，窗口打不开。没有显示器时要查看页面，请运行：python -m app --screenshot home.png --page home</translation>
    </message>
    <message>
        <source>Silver Classroom is already open; its window has been brought forward.</source>
        <translation>银龄课堂已经打开了，已把它的窗口调到最前面。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Go back to the previous screen</source>
        <translation>回到上一页</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Go to the home screen</source>
        <translation>回到首页</translation>
    </message>
    <message>
        <source>What is on this screen?</source>
        <translation>这一页是什么？</translation>
    </message>
    <message>
        <source>Hear and read what this screen is for</source>
        <translation>听一听、看一看这一页是做什么的</translation>
    </message>
    <message>
        <source>Sorry, that could not be found.</source>
        <translation>对不起，没有找到。</translation>
    </message>
</context>
<context>
    <name>Materials</name>
    <message>
        <source>Video</source>
        <translation>看视频</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>听讲解</translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>讲义</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>{label} {minutes} min</source>
        <translation>{label} {minutes} 分钟</translation>
    </message>
    <message>
        <source>{label} {pages} pages</source>
        <translation>{label} {pages} 页</translation>
    </message>
    <message>
        <source>Watch the lesson&apos;s video</source>
        <translation>看这一课的视频</translation>
    </message>
    <message>
        <source>Listen to the lesson&apos;s recording</source>
        <translation>听这一课的录音</translation>
    </message>
    <message>
        <source>Look at the lesson&apos;s handout, or have it read aloud</source>
        <translation>看这一课的讲义，也可以让电脑读给您听</translation>
    </message>
    <message>
        <source>Read the lesson&apos;s text</source>
        <translation>读这一课的文字</translation>
    </message>
</context>
<context>
    <name>MaterialsPanel</name>
    <message>
        <source>What this lesson has</source>
        <translation>这一课的内容</translation>
    </message>
</context>
<context>
    <name>MediaPlayerView</name>
    <message>
        <source>Video picture</source>
        <translation>视频画面</translation>
    </message>
    <message>
        <source>Press the Space key to play or pause, the arrow keys to go back or on</source>
        <translation>按空格键播放或暂停，按左右方向键后退或前进</translation>
    </message>
    <message>
        <source>No loudspeaker was found, so there is no sound. Plug in headphones or a loudspeaker; the picture and the subtitles still work.</source>
        <translation>没有找到音箱，所以没有声音。请插上耳机或音箱；画面和字幕照常显示。</translation>
    </message>
    <message>
        <source>the video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>the recording</source>
        <translation>录音</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ 播放</translation>
    </message>
    <message>
        <source>Play or pause {what} (Space key)</source>
        <translation>播放或暂停{what}（空格键）</translation>
    </message>
    <message>
        <source>◀ Back 10 s</source>
        <translation>◀ 后退 10 秒</translation>
    </message>
    <message>
        <source>Go back 10 seconds</source>
        <translation>往回退 10 秒</translation>
    </message>
    <message>
        <source>Forward 10 s ▶</source>
        <translation>前进 10 秒 ▶</translation>
    </message>
    <message>
        <source>Go forward 10 seconds</source>
        <translation>往前进 10 秒</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>放慢</translation>
    </message>
    <message>
        <source>Switch between slower and normal</source>
        <translation>在慢速和正常速度之间切换</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>小声点</translation>
    </message>
    <message>
        <source>Make the sound quieter</source>
        <translation>把声音调小</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>大声点</translation>
    </message>
    <message>
        <source>Make the sound louder</source>
        <translation>把声音调大</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <source>Show the picture on the whole screen; Esc comes back</source>
        <translation>让画面占满整个屏幕；按 Esc 键回来</translation>
    </message>
    <message>
        <source>Show as large text</source>
        <translation>变成大字</translation>
    </message>
    <message>
        <source>Read what is said as large text; choose a line to go there</source>
        <translation>把说的话用大字显示；选一句就从那里播放</translation>
    </message>
    <message>
        <source>✓ Watched</source>
        <translation>✓ 已看完</translation>
    </message>
    <message>
        <source>Normal speed</source>
        <translation>正常速度</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>退出全屏</translation>
    </message>
    <message>
        <source>A part of this video is damaged, so the picture stops there for a moment.</source>
        <translation>这段视频有一部分损坏了，画面会在那里停一下。</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ 暂停</translation>
    </message>
    <message>
        <source>Continuing from {time}, where you stopped.</source>
        <translation>从您上次停下的 {time} 接着播放。</translation>
    </message>
    <message>
        <source>The lesson could not be loaded from the internet. Please check that this computer is connected, then open the lesson again.</source>
        <translation>这一课没能从网上下载下来。请看看电脑有没有连上网，然后再打开这一课。</translation>
    </message>
    <message>
        <source>This video is damaged and cannot be played. The rest of the lesson is still here.</source>
        <translation>这段视频已经损坏，不能播放。这一课的其他内容还在。</translation>
    </message>
    <message>
        <source>This recording is damaged and cannot be played. The rest of the lesson is still here.</source>
        <translation>这段录音已经损坏，不能播放。这一课的其他内容还在。</translation>
    </message>
    <message>
        <source>{now} of {total}</source>
        <translation>{now} / {total}</translation>
    </message>
    <message>
        <source>Volume: {n}%</source>
        <translation>音量：{n}%</translation>
    </message>
</context>
<context>
    <name>NoteRow</name>
    <message>
        <source>A short note (you can leave this empty)</source>
        <translation>写个简短备注（不写也可以）</translation>
    </message>
    <message>
        <source>Note for this bookmark</source>
        <translation>这个书签的备注</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>保存备注</translation>
    </message>
    <message>
        <source>Keep this note with the bookmark</source>
        <translation>把备注和书签一起保存</translation>
    </message>
</context>
<context>
    <name>PackInstallBar</name>
    <message>
        <source>Install a course pack…</source>
        <translation>安装课程包…</translation>
    </message>
    <message>
        <source>Add courses from a course pack file, for example on a USB stick</source>
        <translation>从课程包文件（比如 U 盘里的）添加课程</translation>
    </message>
    <message>
        <source>The course pack was updated: {courses}, {lessons}.</source>
        <translation>课程包已更新：{courses}，{lessons}。</translation>
    </message>
    <message>
        <source>The course pack was installed: {courses}, {lessons}.</source>
        <translation>课程包已安装：{courses}，{lessons}。</translation>
    </message>
    <message numerus="yes">
        <source>%n course(s)</source>
        <translation>
            <numerusform>%n 门课</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n 节课</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PickerPage</name>
    <message>
        <source>Who is learning today?</source>
        <translation>今天谁来学习？</translation>
    </message>
    <message>
        <source>Choose your picture. Press Tab or the arrow keys, then Enter.</source>
        <translation>请点您的头像。也可以按 Tab 键或方向键，再按回车。</translation>
    </message>
    <message>
        <source>Nothing is kept after you finish</source>
        <translation>用完后不保留</translation>
    </message>
    <message>
        <source>Asks for a PIN</source>
        <translation>需要输入密码</translation>
    </message>
    <message>
        <source>Who is learning?</source>
        <translation>谁来学习？</translation>
    </message>
    <message>
        <source>Choose your own picture and name to open your lessons, bookmarks and classes. Guest is for visitors: nothing of a guest is kept afterwards.</source>
        <translation>点您自己的头像和名字，就能打开您的课程、书签和课表。“访客”给来访的人用，用完后什么都不保留。</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>访客</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Erase</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the last digit</source>
        <translation>删掉最后一位数字</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Use this PIN</source>
        <translation>使用这个密码</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close the PIN pad</source>
        <translation>关闭密码键盘</translation>
    </message>
    <message>
        <source>Add this digit</source>
        <translation>输入这个数字</translation>
    </message>
    <message>
        <source>(no digits yet)</source>
        <translation>（还没有输入数字）</translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s) entered</source>
        <translation>
            <numerusform>已输入 %n 位数字</numerusform>
        </translation>
    </message>
    <message>
        <source>Digit {d}</source>
        <translation>数字 {d}</translation>
    </message>
    <message>
        <source>PIN pad</source>
        <translation>密码键盘</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>Please type your PIN</source>
        <translation>请输入您的密码</translation>
    </message>
    <message>
        <source>PIN for {name}</source>
        <translation>{name} 的密码</translation>
    </message>
    <message>
        <source>Type your PIN with the number keys or the big buttons, then press OK. If you forgot it, ask your teacher or helper to clear it.</source>
        <translation>用数字键或大按钮输入密码，再按“确定”。忘了密码，请老师或帮手帮您清除。</translation>
    </message>
</context>
<context>
    <name>Platform</name>
    <message>
        <source>This lesson is not saved on this computer yet. It will appear here as soon as the computer can reach the lesson service.</source>
        <translation>这节课还没有保存在这台电脑上。电脑连上课程服务后，课文会马上显示在这里。</translation>
    </message>
    <message>
        <source>Asking the lesson service what is new…</source>
        <translation>正在询问课程服务有什么新内容……</translation>
    </message>
    <message>
        <source>Reading the list of courses…</source>
        <translation>正在读取课程列表……</translation>
    </message>
    <message>
        <source>Fetching courses: {done} of {total}</source>
        <translation>正在获取课程：第 {done} 门，共 {total} 门</translation>
    </message>
    <message>
        <source>Saving the courses on this computer…</source>
        <translation>正在把课程保存到这台电脑……</translation>
    </message>
    <message>
        <source>Getting the course search ready…</source>
        <translation>正在准备课程搜索……</translation>
    </message>
    <message>
        <source>Bringing your classes into your schedule…</source>
        <translation>正在把您的班级放进课程表……</translation>
    </message>
    <message>
        <source>Saving lessons: {done} of {total}</source>
        <translation>正在保存课文：第 {done} 节，共 {total} 节</translation>
    </message>
    <message>
        <source>Getting ready to save the course…</source>
        <translation>正在准备保存这门课…</translation>
    </message>
    <message>
        <source>Saving videos and handouts: part {done} of {total}</source>
        <translation>正在保存视频和讲义：第 {done} 部分，共 {total} 部分</translation>
    </message>
    <message>
        <source>No lesson service address is set yet, so only saved lessons are shown.</source>
        <translation>还没有设置课程服务的地址，所以只显示已保存的课程。</translation>
    </message>
    <message numerus="yes">
        <source>Lessons are up to date: %n course(s).</source>
        <translation>
            <numerusform>课程已是最新：共 %n 门。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving stopped. What was already saved is kept; press “Save for offline” again to go on.</source>
        <translation>已经停止保存。存好的部分都留着；想接着存，再按一下“保存到本机”。</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n lesson(s) on this computer.</source>
        <translation>
            <numerusform>已在这台电脑上保存 %n 节课。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be saved; everything else was.</source>
        <translation>
            <numerusform>有 %n 个文件没能保存，其余的都存好了。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Signed in. You are enrolled in %n class(es).</source>
        <translation>
            <numerusform>已登录。您报名了 %n 个班。</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing saved lessons: the lesson service cannot be reached now.</source>
        <translation>正在显示已保存的课程：现在连不上课程服务。</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>My classes: the week of {date}</source>
        <translation>我的课程：{date} 这一周</translation>
    </message>
    <message>
        <source>No class</source>
        <translation>没有课</translation>
    </message>
    <message>
        <source>Place: {place}</source>
        <translation>地点：{place}</translation>
    </message>
    <message>
        <source>Online: {link}</source>
        <translation>网课：{link}</translation>
    </message>
    <message>
        <source>Teacher: {teacher}</source>
        <translation>老师：{teacher}</translation>
    </message>
    <message>
        <source>Printed by Silver Classroom</source>
        <translation>由银龄课堂打印</translation>
    </message>
</context>
<context>
    <name>ReadAloudBar</name>
    <message>
        <source>slow</source>
        <translation>慢</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>中</translation>
    </message>
    <message>
        <source>brisk</source>
        <translation>快</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>朗读</translation>
    </message>
    <message>
        <source>▶ Read aloud</source>
        <translation>▶ 朗读</translation>
    </message>
    <message>
        <source>Read the lesson aloud, or pause the reading</source>
        <translation>朗读课文，或暂停朗读</translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translation>■ 停止</translation>
    </message>
    <message>
        <source>Stop reading aloud</source>
        <translation>停止朗读</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一句</translation>
    </message>
    <message>
        <source>Go to the sentence before</source>
        <translation>回到上一句</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一句 ▶</translation>
    </message>
    <message>
        <source>Go to the next sentence</source>
        <translation>跳到下一句</translation>
    </message>
    <message>
        <source>↻ Repeat</source>
        <translation>↻ 再读一遍</translation>
    </message>
    <message>
        <source>Hear this sentence again</source>
        <translation>把这一句再听一遍</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>慢一点</translation>
    </message>
    <message>
        <source>Read more slowly</source>
        <translation>读得慢一点</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>快一点</translation>
    </message>
    <message>
        <source>Read a little faster</source>
        <translation>读得快一点</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>小声点</translation>
    </message>
    <message>
        <source>Make the voice quieter</source>
        <translation>把声音调小</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>大声点</translation>
    </message>
    <message>
        <source>Make the voice louder</source>
        <translation>把声音调大</translation>
    </message>
    <message>
        <source>Test sound</source>
        <translation>试听声音</translation>
    </message>
    <message>
        <source>Hear a short sentence to check the sound</source>
        <translation>听一句短话，检查有没有声音</translation>
    </message>
    <message>
        <source>This is a sound test. If you can hear this sentence, the sound works.</source>
        <translation>这是声音测试。如果您能听到这句话，声音就是好的。</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ 暂停</translation>
    </message>
    <message>
        <source>▶ Continue</source>
        <translation>▶ 继续</translation>
    </message>
    <message>
        <source>Speed: {name}</source>
        <translation>语速：{name}</translation>
    </message>
    <message>
        <source>Volume: {n}%</source>
        <translation>音量：{n}%</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <source>The lesson text. Use the arrow keys and Page Down to read on.</source>
        <translation>课文内容。用方向键和 Page Down 键往下读。</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Your saved data was damaged, so we brought back the copy saved on {when}: {bookmarks} and your progress in {lessons}. Anything you did after that time may be missing.</source>
        <translation>您保存的资料损坏了，我们已经找回 {when} 保存的备份：{bookmarks}，以及 {lessons}的学习进度。那个时间以后做的事情可能没有了。</translation>
    </message>
    <message>
        <source>Your saved data was damaged and there was no good copy to bring back, so your bookmarks and progress start afresh. The damaged file was kept as {file}.</source>
        <translation>您保存的资料损坏了，也没有可以找回的备份，所以书签和学习进度要重新开始。损坏的文件保留为 {file}。</translation>
    </message>
    <message numerus="yes">
        <source>%n bookmark(s)</source>
        <translation>
            <numerusform>%n 个书签</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n 课</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderBar</name>
    <message>
        <source>Join class</source>
        <translation>进入网课</translation>
    </message>
    <message>
        <source>Open the online class in your web browser</source>
        <translation>在浏览器中打开网课</translation>
    </message>
    <message>
        <source>Remind me in 5 minutes</source>
        <translation>5 分钟后再提醒我</translation>
    </message>
    <message>
        <source>Hide this reminder and show it again in 5 minutes</source>
        <translation>先收起这个提醒，5 分钟后再提醒您</translation>
    </message>
    <message>
        <source>Remind me in 10 minutes</source>
        <translation>10 分钟后再提醒我</translation>
    </message>
    <message>
        <source>Hide this reminder and show it again in 10 minutes</source>
        <translation>先收起这个提醒，10 分钟后再提醒您</translation>
    </message>
    <message>
        <source>OK, got it</source>
        <translation>知道了</translation>
    </message>
    <message>
        <source>Close this reminder; it will not come back</source>
        <translation>关闭这个提醒，不会再出现</translation>
    </message>
</context>
<context>
    <name>ReminderOptions</name>
    <message>
        <source>Reminders</source>
        <translation>上课提醒</translation>
    </message>
    <message>
        <source>Reminders come 30 and 5 minutes before each class, in large letters and spoken aloud. So that you do not miss one, Silver Classroom can keep running when you close its window, and start when you log in.</source>
        <translation>每次上课前 30 分钟和 5 分钟，会用大字和语音提醒您。为了不错过提醒，关闭窗口后银龄课堂可以继续在后台运行，也可以在开机登录时自动启动。</translation>
    </message>
    <message>
        <source>Keep reminding me when the window is closed</source>
        <translation>关闭窗口后继续提醒我</translation>
    </message>
    <message>
        <source>Silver Classroom stays by the clock and reminds you of classes</source>
        <translation>银龄课堂会在时钟旁边继续运行，按时提醒您上课</translation>
    </message>
    <message>
        <source>Start Silver Classroom when I log in</source>
        <translation>登录电脑时启动银龄课堂</translation>
    </message>
    <message>
        <source>Silver Classroom opens by itself when the computer starts</source>
        <translation>电脑开机后，银龄课堂会自己打开</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>in {place}</source>
        <translation>地点：{place}</translation>
    </message>
    <message>
        <source>online</source>
        <translation>在网上上课</translation>
    </message>
    <message numerus="yes">
        <source>Your {title} class starts in %n minute(s), {where}.</source>
        <translation>
            <numerusform>您的课程“{title}”还有 %n 分钟开始，{where}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your {title} class starts in %n minute(s).</source>
        <translation>
            <numerusform>您的课程“{title}”还有 %n 分钟开始。</numerusform>
        </translation>
    </message>
    <message>
        <source>Your {title} class starts now, {where}.</source>
        <translation>您的课程“{title}”现在开始，{where}。</translation>
    </message>
    <message>
        <source>Your {title} class starts now.</source>
        <translation>您的课程“{title}”现在开始。</translation>
    </message>
    <message>
        <source>Your {title} class started at {time}, {where}.</source>
        <translation>您的课程“{title}”已在 {time} 开始，{where}。</translation>
    </message>
    <message>
        <source>Your {title} class started at {time}.</source>
        <translation>您的课程“{title}”已在 {time} 开始。</translation>
    </message>
    <message>
        <source>Class reminder</source>
        <translation>上课提醒</translation>
    </message>
</context>
<context>
    <name>SaveOfflineBar</name>
    <message>
        <source>Save for offline</source>
        <translation>保存到本机</translation>
    </message>
    <message>
        <source>Keep every lesson of this course on this computer, with its videos and handouts</source>
        <translation>把这门课的每一课，连同视频和讲义，都存到这台电脑上</translation>
    </message>
    <message>
        <source>Stop saving</source>
        <translation>停止保存</translation>
    </message>
    <message>
        <source>Stop saving this course; what is already saved is kept</source>
        <translation>不再保存这门课；已经存好的部分会留着</translation>
    </message>
    <message>
        <source>Progress of saving the course</source>
        <translation>保存这门课的进度</translation>
    </message>
    <message>
        <source>This course is saved on this computer.</source>
        <translation>这门课程已保存在这台电脑上。</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>My schedule</source>
        <translation>我的课程表</translation>
    </message>
    <message>
        <source>Add a class</source>
        <translation>添加课程</translation>
    </message>
    <message>
        <source>Add a new class to your timetable, step by step</source>
        <translation>一步一步把新课程加到课程表</translation>
    </message>
    <message>
        <source>Print this week</source>
        <translation>打印本周课程</translation>
    </message>
    <message>
        <source>Print this week&apos;s timetable in large letters</source>
        <translation>用大字打印本周课程表</translation>
    </message>
    <message>
        <source>Add from a calendar file</source>
        <translation>从日历文件添加</translation>
    </message>
    <message>
        <source>Add the classes of an .ics calendar file</source>
        <translation>添加 .ics 日历文件里的课程</translation>
    </message>
    <message>
        <source>Save to a calendar file</source>
        <translation>保存为日历文件</translation>
    </message>
    <message>
        <source>Save all your classes to an .ics calendar file</source>
        <translation>把所有课程保存为 .ics 日历文件</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Bring back the class you just deleted</source>
        <translation>恢复刚才删除的课程</translation>
    </message>
    <message>
        <source>You have no classes this week or next week. Press “Add a class” to add one.</source>
        <translation>本周和下周都没有课。按“添加课程”来添加一门。</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Later this week</source>
        <translation>本周稍后</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>下周</translation>
    </message>
    <message>
        <source>No classes.</source>
        <translation>没有课。</translation>
    </message>
    <message>
        <source>Open this class in your web browser?
{link}</source>
        <translation>要在浏览器中打开这门网课吗？
{link}</translation>
    </message>
    <message>
        <source>Yes, open it</source>
        <translation>是的，打开</translation>
    </message>
    <message>
        <source>Delete “{title}” and all its sessions?</source>
        <translation>要删除“{title}”和它的所有课次吗？</translation>
    </message>
    <message>
        <source>Yes, delete</source>
        <translation>是的，删除</translation>
    </message>
    <message>
        <source>“{title}” was deleted.</source>
        <translation>“{title}”已删除。</translation>
    </message>
    <message>
        <source>“{title}” is back.</source>
        <translation>“{title}”已恢复。</translation>
    </message>
    <message>
        <source>The file could not be opened.</source>
        <translation>无法打开这个文件。</translation>
    </message>
    <message numerus="yes">
        <source>%n class(es) added from the file.</source>
        <translation>
            <numerusform>已从文件添加 %n 门课程。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n class(es) saved to {name}.</source>
        <translation>
            <numerusform>已把 %n 门课程保存到 {name}。</numerusform>
        </translation>
    </message>
    <message>
        <source>This week&apos;s timetable was sent to the printer.</source>
        <translation>本周课程表已发送到打印机。</translation>
    </message>
    <message>
        <source>This is your class timetable: today&apos;s classes first, then the rest of this week and next week. Press “Add a class” to add one. Each class has buttons to join it online, change it or delete it. You can also print this week.</source>
        <translation>这是您的课程表：最上面是今天的课，然后是本周其他的课和下周的课。按“添加课程”可以添加新课。每门课都有按钮，可以进入网课、修改或删除。您也可以打印本周课程表。</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Silver age classes</source>
        <translation>银龄学堂</translation>
    </message>
    <message>
        <source>Courses made for older learners</source>
        <translation>专为老年朋友准备的课程</translation>
    </message>
    <message>
        <source>Scientific literacy</source>
        <translation>科学素养</translation>
    </message>
    <message>
        <source>Science in everyday life</source>
        <translation>生活中的科学</translation>
    </message>
    <message>
        <source>Workplace skills</source>
        <translation>职业技能</translation>
    </message>
    <message>
        <source>Skills for work and volunteering</source>
        <translation>工作和志愿服务的本领</translation>
    </message>
    <message>
        <source>Cultural literacy</source>
        <translation>文化素养</translation>
    </message>
    <message>
        <source>History, literature and the arts</source>
        <translation>历史、文学与艺术</translation>
    </message>
    <message>
        <source>Hobbies and interests</source>
        <translation>兴趣爱好</translation>
    </message>
    <message>
        <source>Things to enjoy and make</source>
        <translation>让生活更有乐趣</translation>
    </message>
    <message>
        <source>Continuing education</source>
        <translation>学历继续教育</translation>
    </message>
    <message>
        <source>Courses for further study</source>
        <translation>继续深造的课程</translation>
    </message>
    <message>
        <source>Smart living</source>
        <translation>智能生活</translation>
    </message>
    <message>
        <source>Staying safe</source>
        <translation>安全防骗</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康养生</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>运动健身</translation>
    </message>
    <message>
        <source>Arts and calligraphy</source>
        <translation>书画艺术</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Text size</source>
        <translation>字体大小</translation>
    </message>
    <message>
        <source>Reading speed</source>
        <translation>朗读速度</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Line spacing</source>
        <translation>行距</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>声音</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Keep running for reminders</source>
        <translation>在后台运行以便提醒</translation>
    </message>
    <message>
        <source>Show keyboard keys on buttons</source>
        <translation>在按钮上显示键盘按键</translation>
    </message>
    <message>
        <source>Share my learning record with the platform</source>
        <translation>把我的学习记录分享给平台</translation>
    </message>
    <message>
        <source>Sharing question asked</source>
        <translation>已问过是否分享</translation>
    </message>
    <message>
        <source>First-run setup done</source>
        <translation>首次设置已完成</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation>慢</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Brisk</source>
        <translation>稍快</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Female voice</source>
        <translation>女声</translation>
    </message>
    <message>
        <source>Male voice</source>
        <translation>男声</translation>
    </message>
    <message>
        <source>Smaller files (360p)</source>
        <translation>省空间（360p）</translation>
    </message>
    <message>
        <source>Saved videos take the least room on this computer</source>
        <translation>存下的视频在这台电脑上占地方最少</translation>
    </message>
    <message>
        <source>Standard (480p, recommended)</source>
        <translation>标准（480p，推荐）</translation>
    </message>
    <message>
        <source>Clear enough for lesson videos, without filling the disk</source>
        <translation>看课程视频足够清楚，又不会占满硬盘</translation>
    </message>
    <message>
        <source>Sharper (720p)</source>
        <translation>更清楚（720p）</translation>
    </message>
    <message>
        <source>Sharper pictures; saved videos take about twice the room</source>
        <translation>画面更清楚；存下的视频大约多占一倍地方</translation>
    </message>
    <message>
        <source>Sharpest (1080p)</source>
        <translation>最清楚（1080p）</translation>
    </message>
    <message>
        <source>The sharpest pictures; saved videos take the most room</source>
        <translation>画面最清楚；存下的视频占地方最多</translation>
    </message>
    <message>
        <source>Video quality for saved courses</source>
        <translation>保存到本机的视频清晰度</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Changes take effect at once. The sample below shows how your lessons will look.</source>
        <translation>修改会马上生效。下面的示例显示课文的样子。</translation>
    </message>
    <message>
        <source>Read the sample aloud</source>
        <translation>朗读示例</translation>
    </message>
    <message>
        <source>Hear the sample with the chosen voice, speed and volume</source>
        <translation>用选好的声音、速度和音量听示例</translation>
    </message>
    <message>
        <source>Locked by the caregiver: {names}.</source>
        <translation>照护人已锁定：{names}。</translation>
    </message>
    <message>
        <source>{setting}: {value}</source>
        <translation>{setting}：{value}</translation>
    </message>
    <message>
        <source>− Less</source>
        <translation>− 减少</translation>
    </message>
    <message>
        <source>+ More</source>
        <translation>+ 增加</translation>
    </message>
    <message>
        <source>Used when a course is saved for offline, for every learner on this computer. Videos saved before keep their quality.</source>
        <translation>按“保存到本机”保存课程时使用，这台电脑上的每位学员都一样。已经存好的视频不会改变。</translation>
    </message>
    <message>
        <source>Change the setting “{setting}”</source>
        <translation>更改设置“{setting}”</translation>
    </message>
    <message>
        <source>On</source>
        <translation>开</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>Can you read this comfortably? Today we learn how to make a video call to the family, one small step at a time.</source>
        <translation>您能看清楚这段字吗？今天我们一步一步学习怎样给家人打视频电话。</translation>
    </message>
    <message>
        <source>These are the settings. Make the text larger or smaller, choose the reading speed, and press “Read the sample aloud” to hear it. A caregiver can lock the other settings with a PIN.</source>
        <translation>这是设置页面。可以把字调大或调小，选择朗读速度，按“朗读示例”听一听。照护人可以用密码锁定其他设置。</translation>
    </message>
</context>
<context>
    <name>ShareQuestion</name>
    <message>
        <source>Share my learning record with the platform? It tells the platform which lessons you studied and for how long, for your lifelong-learning record.</source>
        <translation>要把我的学习记录分享给平台吗？平台会知道您学了哪些课、学了多长时间，记入您的终身学习档案。</translation>
    </message>
    <message>
        <source>Yes, share it</source>
        <translation>好，分享</translation>
    </message>
    <message>
        <source>Send my learning record to the platform</source>
        <translation>把我的学习记录发送给平台</translation>
    </message>
    <message>
        <source>No, keep it here</source>
        <translation>不，只留在这台电脑上</translation>
    </message>
    <message>
        <source>Keep my learning record only on this computer</source>
        <translation>学习记录只保存在这台电脑上</translation>
    </message>
    <message>
        <source>Thank you. Your learning record will be shared. A caregiver can change this in Settings.</source>
        <translation>谢谢。您的学习记录会分享给平台。照护人可以在“设置”里更改。</translation>
    </message>
    <message>
        <source>Thank you. Your learning record stays on this computer. A caregiver can change this in Settings.</source>
        <translation>谢谢。您的学习记录只留在这台电脑上。照护人可以在“设置”里更改。</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in to the lesson platform</source>
        <translation>登录课程平台</translation>
    </message>
    <message>
        <source>Paste the sign-in code you were given by the platform, your teacher or a helper. It is kept safely in this computer&apos;s keyring, only for you.</source>
        <translation>请粘贴平台、老师或帮手给您的登录码。它会安全地保存在这台电脑的密钥环里，只给您用。</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>登录码</translation>
    </message>
    <message>
        <source>Paste the sign-in code here</source>
        <translation>在这里粘贴登录码</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Keep this sign-in code</source>
        <translation>保存这个登录码</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Remove the sign-in code from this computer</source>
        <translation>从这台电脑上删除登录码</translation>
    </message>
    <message>
        <source>You are signed in.</source>
        <translation>您已登录。</translation>
    </message>
    <message>
        <source>You are not signed in.</source>
        <translation>您还没有登录。</translation>
    </message>
    <message>
        <source>Please paste your sign-in code first.</source>
        <translation>请先粘贴您的登录码。</translation>
    </message>
    <message>
        <source>You are signed out. Your sign-in code was removed from this computer.</source>
        <translation>您已退出登录。登录码已从这台电脑上删除。</translation>
    </message>
    <message>
        <source>On this screen you can sign in to the lesson platform by pasting your sign-in code, or sign out. Your code is kept only in this computer&apos;s keyring.</source>
        <translation>在这个页面上，您可以粘贴登录码来登录课程平台，也可以退出登录。登录码只保存在这台电脑的密钥环里。</translation>
    </message>
</context>
<context>
    <name>Themes</name>
    <message>
        <source>Light</source>
        <translation>明亮</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Yellow on black</source>
        <translation>黑底黄字</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Back to the picture</source>
        <translation>回到画面</translation>
    </message>
    <message>
        <source>Show the video and its buttons again</source>
        <translation>重新显示视频和按钮</translation>
    </message>
    <message>
        <source>Choose a line to hear it from there.</source>
        <translation>选一句，就从那一句开始播放。</translation>
    </message>
    <message>
        <source>What is said, as large text</source>
        <translation>说的话（大字）</translation>
    </message>
    <message>
        <source>Press Enter on a line to play the recording from that line</source>
        <translation>在某一句上按回车键，就从那一句开始播放</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Silver Classroom: class reminders are on</source>
        <translation>银龄课堂：上课提醒已开启</translation>
    </message>
    <message>
        <source>Open Silver Classroom</source>
        <translation>打开银龄课堂</translation>
    </message>
    <message>
        <source>Quit (no more reminders)</source>
        <translation>退出（不再提醒）</translation>
    </message>
</context>
<context>
    <name>UpdateBar</name>
    <message>
        <source>Update lessons</source>
        <translation>更新课程</translation>
    </message>
    <message>
        <source>Fetch the newest courses from the lesson service</source>
        <translation>从课程服务获取最新的课程</translation>
    </message>
    <message>
        <source>Progress of the update</source>
        <translation>更新进度</translation>
    </message>
    <message>
        <source>Showing saved lessons. The lesson service cannot be reached right now.</source>
        <translation>正在显示已保存的课程。现在连不上课程服务。</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Setting up, step {n} of {total}</source>
        <translation>初次设置，第 {n} 步，共 {total} 步</translation>
    </message>
    <message>
        <source>Which size can you read comfortably?</source>
        <translation>哪种大小的字您看着舒服？</translation>
    </message>
    <message>
        <source>Choose the first sample that is easy to read.</source>
        <translation>请选择第一个看着轻松的示例。</translation>
    </message>
    <message>
        <source>Can you read this comfortably?</source>
        <translation>您能看清楚这段字吗？</translation>
    </message>
    <message>
        <source>Text size {n}%</source>
        <translation>字体大小 {n}%</translation>
    </message>
    <message>
        <source>Which colours are easiest for your eyes?</source>
        <translation>哪种颜色您看着最舒服？</translation>
    </message>
    <message>
        <source>Can you hear this?</source>
        <translation>您能听见吗？</translation>
    </message>
    <message>
        <source>Press the button to hear a sentence. Make it louder or slower.</source>
        <translation>按下按钮听一句话。可以调大声音或放慢速度。</translation>
    </message>
    <message>
        <source>Play the test sound</source>
        <translation>播放试音</translation>
    </message>
    <message>
        <source>Hear a sentence with this volume and speed</source>
        <translation>用现在的音量和速度听一句话</translation>
    </message>
    <message>
        <source>Volume: {n}%</source>
        <translation>音量：{n}%</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>小声一点</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>大声一点</translation>
    </message>
    <message>
        <source>Reading speed</source>
        <translation>朗读速度</translation>
    </message>
    <message>
        <source>All set!</source>
        <translation>设置好了！</translation>
    </message>
    <message>
        <source>You can change all of this later: on the home screen, open “Settings”. Press “Start learning” to begin.</source>
        <translation>这些以后都可以修改：在首页打开“设置”。按“开始学习”开始。</translation>
    </message>
    <message>
        <source>Press to choose “{option}”</source>
        <translation>按这里选择“{option}”</translation>
    </message>
    <message>
        <source>This is chosen now: “{option}”</source>
        <translation>现在选的是“{option}”</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Go back one step</source>
        <translation>回到上一步</translation>
    </message>
    <message>
        <source>Start learning</source>
        <translation>开始学习</translation>
    </message>
    <message>
        <source>Finish setting up and go to the home screen</source>
        <translation>完成设置，去首页</translation>
    </message>
    <message>
        <source>Skip this step</source>
        <translation>跳过这一步</translation>
    </message>
    <message>
        <source>Keep this as it is and go on</source>
        <translation>保持不变，继续下一步</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Go to the next step</source>
        <translation>去下一步</translation>
    </message>
    <message>
        <source>Can you hear this? This is how lessons will be read to you.</source>
        <translation>您能听见吗？课文会这样读给您听。</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>This is the first-time setup. Choose what suits you on each step, or press “Skip this step”. Press “Next” to go on. Everything can be changed later in Settings.</source>
        <translation>这是初次设置。每一步选择适合您的，也可以按“跳过这一步”。按“下一步”继续。这些以后都可以在设置里修改。</translation>
    </message>
</context>
</TS>
