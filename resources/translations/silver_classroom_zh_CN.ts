<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdminCheck</name>
    <message>
        <source>Everything is ready.</source>
        <translation>一切就绪。</translation>
    </message>
    <message>
        <source>Some things need fixing (see NO above).</source>
        <translation>有几项需要处理（见上面标着 NO 的行）。</translation>
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
        <source>Reading aloud</source>
        <translation>朗读</translation>
    </message>
    <message>
        <source>Sound output</source>
        <translation>声音输出</translation>
    </message>
    <message>
        <source>no speaker or headphones found</source>
        <translation>没有找到音箱或耳机</translation>
    </message>
    <message>
        <source>Chinese fonts</source>
        <translation>中文字体</translation>
    </message>
    <message>
        <source>none: install fonts-noto-cjk or similar</source>
        <translation>没有：请安装 fonts-noto-cjk 或类似字体</translation>
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
        <source>Classroom policy</source>
        <translation>教室策略</translation>
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
    <message>
        <source>Are you still there? Touch a key or move the mouse to carry on. Otherwise this screen goes back to the list of learners in {seconds} seconds.</source>
        <translation>您还在吗？按任意键或动一下鼠标就可以继续。否则 {seconds} 秒后回到学员名单。</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>您还在吗？</translation>
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
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>This is the home screen. The first card takes you back to your lesson. Below it are the courses for older learners, and all six sections of the platform. Press Tab to move between cards and Enter to open one.</source>
        <translation>这是首页。第一张卡片带您回到正在学的课。下面是为老年朋友准备的课程，还有平台的全部六个栏目。按 Tab 键在卡片之间移动，按回车键打开。</translation>
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
        <source>Check the PIN</source>
        <translation>核对密码</translation>
    </message>
    <message>
        <source>Digit {d}</source>
        <translation>数字 {d}</translation>
    </message>
    <message>
        <source>PIN pad</source>
        <translation>密码键盘</translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s) typed</source>
        <translation>
            <numerusform>已输入 %n 位</numerusform>
        </translation>
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
</TS>
