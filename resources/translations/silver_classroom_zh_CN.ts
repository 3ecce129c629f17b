<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Admin</name>
    <message>
        <source>The caregiver PIN was cleared. Every setting can be changed again.</source>
        <translation>照护人密码已清除。所有设置都可以重新修改了。</translation>
    </message>
    <message>
        <source>No caregiver PIN was set. Nothing was changed.</source>
        <translation>没有设置照护人密码，什么都没有改动。</translation>
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
        <source>This screen lists the courses of one section. Each large card is a course. Press Tab to move between them and Enter to open one.</source>
        <translation>这一页列出一个栏目的课程。每张大卡片是一门课。按 Tab 键在卡片之间移动，按回车键打开。</translation>
    </message>
</context>
<context>
    <name>CoursePage</name>
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
        <source>The lesson file {path} cannot be read.</source>
        <translation>课文文件 {path} 无法读取。</translation>
    </message>
    <message>
        <source>The picture {path} has no description in pack.json.</source>
        <translation>图片 {path} 在 pack.json 里没有文字说明。</translation>
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
        <source>A PIN is 4 to 6 digits.</source>
        <translation>密码是 4 到 6 位数字。</translation>
    </message>
    <message>
        <source>The settings file could not be read, so nothing was changed.</source>
        <translation>无法读取这个设置文件，所以什么都没有改动。</translation>
    </message>
    <message>
        <source>The settings could not be saved to that place.</source>
        <translation>设置无法保存到那个位置。</translation>
    </message>
</context>
<context>
    <name>FileChooser</name>
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
        <source>This is the lesson reader. The lesson text is in the big box; use the arrow and Page Down keys to move through it. The buttons above make the text larger or smaller.</source>
        <translation>这是课文阅读页。课文在大框里，用方向键和翻页键上下移动。上面的按钮可以把字变大或变小。</translation>
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
        <source>Digit {d}</source>
        <translation>数字 {d}</translation>
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
</context>
<context>
    <name>ReaderView</name>
    <message>
        <source>The lesson text. Use the arrow keys and Page Down to read on.</source>
        <translation>课文内容。用方向键和 Page Down 键往下读。</translation>
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
        <source>Change {setting}</source>
        <translation>修改{setting}</translation>
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
        <source>Go to the home screen</source>
        <translation>去首页</translation>
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
