<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
