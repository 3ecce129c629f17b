<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>Admin</name>
        <message>
            <source>Saved the data of “{name}” to {file}.</source>
            <translation>Saved the data of “{name}” to {file}.</translation>
        </message>
        <message>
            <source>Imported “{name}”: {bookmarks} bookmark(s), progress in {lessons} lesson(s), {settings} setting(s).</source>
            <translation>Imported “{name}”: {bookmarks} bookmark(s), progress in {lessons} lesson(s), {settings} setting(s).</translation>
        </message>
    </context>
    <context>
        <name>BookmarkBar</name>
        <message>
            <source>★ Bookmark this</source>
            <translation>★ Bookmark this</translation>
        </message>
        <message>
            <source>Keep a bookmark at the sentence you are reading</source>
            <translation>Keep a bookmark at the sentence you are reading</translation>
        </message>
        <message>
            <source>✓ Mark as done</source>
            <translation>✓ Mark as done</translation>
        </message>
        <message>
            <source>Mark this lesson as finished</source>
            <translation>Mark this lesson as finished</translation>
        </message>
        <message>
            <source>★ Bookmarked: “{quote}”</source>
            <translation>★ Bookmarked: “{quote}”</translation>
        </message>
        <message>
            <source>★ Bookmark and note saved.</source>
            <translation>★ Bookmark and note saved.</translation>
        </message>
        <message>
            <source>★ Bookmark saved.</source>
            <translation>★ Bookmark saved.</translation>
        </message>
        <message>
            <source>✓ Lesson done</source>
            <translation>✓ Lesson done</translation>
        </message>
    </context>
    <context>
        <name>BookmarkRow</name>
        <message>
            <source>Your note: {note}</source>
            <translation>Your note: {note}</translation>
        </message>
        <message>
            <source>This lesson is no longer installed.</source>
            <translation>This lesson is no longer installed.</translation>
        </message>
        <message>
            <source>This lesson has changed; the bookmark now points at the nearest sentence. You had bookmarked: “{quote}”</source>
            <translation>This lesson has changed; the bookmark now points at the nearest sentence. You had bookmarked: “{quote}”</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Delete this bookmark (you will be asked first)</source>
            <translation>Delete this bookmark (you will be asked first)</translation>
        </message>
        <message>
            <source>Delete this bookmark?</source>
            <translation>Delete this bookmark?</translation>
        </message>
        <message>
            <source>Yes, delete</source>
            <translation>Yes, delete</translation>
        </message>
        <message>
            <source>Delete this bookmark now</source>
            <translation>Delete this bookmark now</translation>
        </message>
        <message>
            <source>No, keep it</source>
            <translation>No, keep it</translation>
        </message>
        <message>
            <source>Keep this bookmark</source>
            <translation>Keep this bookmark</translation>
        </message>
    </context>
    <context>
        <name>BookmarksPage</name>
        <message>
            <source>My bookmarks</source>
            <translation>My bookmarks</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Bring back the bookmark you just deleted</source>
            <translation>Bring back the bookmark you just deleted</translation>
        </message>
        <message>
            <source>You have no bookmarks yet. In a lesson, press “Bookmark this” to keep your place, and you will find it here.</source>
            <translation>You have no bookmarks yet. In a lesson, press “Bookmark this” to keep your place, and you will find it here.</translation>
        </message>
        <message>
            <source>Other lessons</source>
            <translation>Other lessons</translation>
        </message>
        <message>
            <source>Deleted the bookmark “{quote}”.</source>
            <translation>Deleted the bookmark “{quote}”.</translation>
        </message>
        <message>
            <source>This screen lists your bookmarks, course by course, with the sentence you marked. Press Enter on a bookmark to open the lesson right there. “Delete” asks first, and you can undo it.</source>
            <translation>This screen lists your bookmarks, course by course, with the sentence you marked. Press Enter on a bookmark to open the lesson right there. “Delete” asks first, and you can undo it.</translation>
        </message>
    </context>
    <context>
        <name>CatalogPage</name>
        <message numerus="yes">
            <source>%n lesson(s)</source>
            <translation>
                <numerusform>%n lesson</numerusform>
                <numerusform>%n lessons</numerusform>
            </translation>
        </message>
        <message>
            <source>There are no courses in this section yet. When the computer is online, press “Update lessons” to fetch them.</source>
            <translation>There are no courses in this section yet. When the computer is online, press “Update lessons” to fetch them.</translation>
        </message>
        <message>
            <source>This screen lists the courses of one section. Each large card is a course. Press Tab to move between them and Enter to open one.</source>
            <translation>This screen lists the courses of one section. Each large card is a course. Press Tab to move between them and Enter to open one.</translation>
        </message>
    </context>
    <context>
        <name>CoursePage</name>
        <message>
            <source>You have finished {done} of {total} lessons.</source>
            <translation>You have finished {done} of {total} lessons.</translation>
        </message>
        <message>
            <source>✓ Done</source>
            <translation>✓ Done</translation>
        </message>
        <message>
            <source>◐ Started</source>
            <translation>◐ Started</translation>
        </message>
        <message>
            <source>Lesson {n}: {title}</source>
            <translation>Lesson {n}: {title}</translation>
        </message>
        <message numerus="yes">
            <source>About %n minute(s) of reading</source>
            <translation>
                <numerusform>About %n minute of reading</numerusform>
                <numerusform>About %n minutes of reading</numerusform>
            </translation>
        </message>
        <message>
            <source>This screen shows the lessons of one course, in order. A tick means you finished that lesson. Press Enter on a lesson to read it.</source>
            <translation>This screen shows the lessons of one course, in order. A tick means you finished that lesson. Press Enter on a lesson to read it.</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Something went wrong. Please try again.</source>
            <translation>Something went wrong. Please try again.</translation>
        </message>
        <message>
            <source>Your saved data could not be read or written.</source>
            <translation>Your saved data could not be read or written.</translation>
        </message>
        <message>
            <source>This data was saved by a newer version of Silver Classroom. Please update the app; your data has not been changed.</source>
            <translation>This data was saved by a newer version of Silver Classroom. Please update the app; your data has not been changed.</translation>
        </message>
        <message>
            <source>This course pack cannot be used.</source>
            <translation>This course pack cannot be used.</translation>
        </message>
        <message>
            <source>The lesson service sent data we could not understand.</source>
            <translation>The lesson service sent data we could not understand.</translation>
        </message>
        <message>
            <source>Reading aloud is not available.</source>
            <translation>Reading aloud is not available.</translation>
        </message>
        <message>
            <source>Nothing was found with that name.</source>
            <translation>Nothing was found with that name.</translation>
        </message>
        <message>
            <source>The setting “{key}” cannot be “{value}”.</source>
            <translation>The setting “{key}” cannot be “{value}”.</translation>
        </message>
        <message>
            <source>The pack's pack.json is far too large.</source>
            <translation>The pack's pack.json is far too large.</translation>
        </message>
        <message>
            <source>This is not a course pack: pack.json is missing.</source>
            <translation>This is not a course pack: pack.json is missing.</translation>
        </message>
        <message>
            <source>The pack's pack.json is damaged and cannot be read.</source>
            <translation>The pack's pack.json is damaged and cannot be read.</translation>
        </message>
        <message>
            <source>The pack is missing the file {path}.</source>
            <translation>The pack is missing the file {path}.</translation>
        </message>
        <message>
            <source>The lesson file {path} cannot be read.</source>
            <translation>The lesson file {path} cannot be read.</translation>
        </message>
        <message>
            <source>The picture {path} has no description in pack.json.</source>
            <translation>The picture {path} has no description in pack.json.</translation>
        </message>
        <message>
            <source>The pack names a file badly at {where}.</source>
            <translation>The pack names a file badly at {where}.</translation>
        </message>
        <message>
            <source>The pack tries to use a file outside itself: {path}</source>
            <translation>The pack tries to use a file outside itself: {path}</translation>
        </message>
        <message>
            <source>The pack is missing information at {where}.</source>
            <translation>The pack is missing information at {where}.</translation>
        </message>
        <message>
            <source>The pack has no {lang} text at {where}.</source>
            <translation>The pack has no {lang} text at {where}.</translation>
        </message>
        <message>
            <source>The pack has a bad name (id) at {where}.</source>
            <translation>The pack has a bad name (id) at {where}.</translation>
        </message>
        <message>
            <source>This course pack needs a newer version of Silver Classroom.</source>
            <translation>This course pack needs a newer version of Silver Classroom.</translation>
        </message>
        <message>
            <source>The pack has a bad version number.</source>
            <translation>The pack has a bad version number.</translation>
        </message>
        <message>
            <source>The pack uses the name {id} twice.</source>
            <translation>The pack uses the name {id} twice.</translation>
        </message>
        <message>
            <source>“{file}” is not a Silver Classroom profile file. Nothing was changed.</source>
            <translation>“{file}” is not a Silver Classroom profile file. Nothing was changed.</translation>
        </message>
        <message>
            <source>“{file}” could not be opened. Please check its name and folder. Nothing was changed.</source>
            <translation>“{file}” could not be opened. Please check its name and folder. Nothing was changed.</translation>
        </message>
        <message>
            <source>The file “{file}” could not be saved. Please check the folder and try again.</source>
            <translation>The file “{file}” could not be saved. Please check the folder and try again.</translation>
        </message>
        <message>
            <source>“{file}” is not a profile file: it is not text. Nothing was changed.</source>
            <translation>“{file}” is not a profile file: it is not text. Nothing was changed.</translation>
        </message>
        <message>
            <source>“{file}” is too big to be a profile file. Nothing was changed.</source>
            <translation>“{file}” is too big to be a profile file. Nothing was changed.</translation>
        </message>
        <message>
            <source>“{file}” is cut short: it ends in the middle, perhaps the copy did not finish. Nothing was changed.</source>
            <translation>“{file}” is cut short: it ends in the middle, perhaps the copy did not finish. Nothing was changed.</translation>
        </message>
        <message>
            <source>“{file}” cannot be read: there is a mistake on line {line}. Nothing was changed.</source>
            <translation>“{file}” cannot be read: there is a mistake on line {line}. Nothing was changed.</translation>
        </message>
        <message>
            <source>“{file}” is nested far too deeply to be a profile file. Nothing was changed.</source>
            <translation>“{file}” is nested far too deeply to be a profile file. Nothing was changed.</translation>
        </message>
        <message>
            <source>“{file}” was saved by a newer version of Silver Classroom. Please update the app first. Nothing was changed.</source>
            <translation>“{file}” was saved by a newer version of Silver Classroom. Please update the app first. Nothing was changed.</translation>
        </message>
        <message>
            <source>“{file}” is not a Silver Classroom profile file: “{where}” is missing. Nothing was changed.</source>
            <translation>“{file}” is not a Silver Classroom profile file: “{where}” is missing. Nothing was changed.</translation>
        </message>
        <message>
            <source>In “{file}”, “{where}” has the wrong kind of value. Nothing was changed.</source>
            <translation>In “{file}”, “{where}” has the wrong kind of value. Nothing was changed.</translation>
        </message>
        <message>
            <source>There is already a learner called “{name}”. Nothing was changed. Import under another name, or choose to replace that learner's data.</source>
            <translation>There is already a learner called “{name}”. Nothing was changed. Import under another name, or choose to replace that learner's data.</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <source>Welcome to Silver Classroom</source>
            <translation>Welcome to Silver Classroom</translation>
        </message>
        <message>
            <source>Continue: {course} · {lesson}</source>
            <translation>Continue: {course} · {lesson}</translation>
        </message>
        <message>
            <source>Open the lesson where you stopped.</source>
            <translation>Open the lesson where you stopped.</translation>
        </message>
        <message>
            <source>Start learning</source>
            <translation>Start learning</translation>
        </message>
        <message>
            <source>Begin with: {course}</source>
            <translation>Begin with: {course}</translation>
        </message>
        <message>
            <source>Choose a course below.</source>
            <translation>Choose a course below.</translation>
        </message>
        <message>
            <source>Silver age courses</source>
            <translation>Silver age courses</translation>
        </message>
        <message numerus="yes">
            <source>%n lesson(s)</source>
            <translation>
                <numerusform>%n lesson</numerusform>
                <numerusform>%n lessons</numerusform>
            </translation>
        </message>
        <message>
            <source>All sections</source>
            <translation>All sections</translation>
        </message>
        <message numerus="yes">
            <source>%n course(s)</source>
            <translation>
                <numerusform>%n course</numerusform>
                <numerusform>%n courses</numerusform>
            </translation>
        </message>
        <message>
            <source>My bookmarks</source>
            <translation>My bookmarks</translation>
        </message>
        <message>
            <source>The sentences you marked to read again.</source>
            <translation>The sentences you marked to read again.</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Home</translation>
        </message>
        <message>
            <source>This is the home screen. The first card takes you back to your lesson. Below it are the courses for older learners, and all six sections of the platform. Press Tab to move between cards and Enter to open one.</source>
            <translation>This is the home screen. The first card takes you back to your lesson. Below it are the courses for older learners, and all six sections of the platform. Press Tab to move between cards and Enter to open one.</translation>
        </message>
    </context>
    <context>
        <name>LessonPage</name>
        <message>
            <source>Remember this</source>
            <translation>Remember this</translation>
        </message>
        <message>
            <source>Make the lesson text smaller</source>
            <translation>Make the lesson text smaller</translation>
        </message>
        <message>
            <source>A− Smaller</source>
            <translation>A− Smaller</translation>
        </message>
        <message>
            <source>A+ Larger</source>
            <translation>A+ Larger</translation>
        </message>
        <message>
            <source>Make the lesson text larger</source>
            <translation>Make the lesson text larger</translation>
        </message>
        <message>
            <source>Text size: {n}%</source>
            <translation>Text size: {n}%</translation>
        </message>
        <message>
            <source>This is the lesson reader. The lesson text is in the big box; use the arrow and Page Down keys to move through it. The buttons above make the text larger or smaller. “Bookmark this” keeps your place at the sentence you are reading, with a note if you like; “Mark as done” marks the lesson finished.</source>
            <translation>This is the lesson reader. The lesson text is in the big box; use the arrow and Page Down keys to move through it. The buttons above make the text larger or smaller. “Bookmark this” keeps your place at the sentence you are reading, with a note if you like; “Mark as done” marks the lesson finished.</translation>
        </message>
    </context>
    <context>
        <name>Main</name>
        <message>
            <source>There is no page called “{key}”.</source>
            <translation>There is no page called “{key}”.</translation>
        </message>
        <message>
            <source>No screen was found, so the window cannot open. To see a page without a screen, run: python -m app --screenshot home.png --page home</source>
            <translation>No screen was found, so the window cannot open. To see a page without a screen, run: python -m app --screenshot home.png --page home</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>Go back to the previous screen</source>
            <translation>Go back to the previous screen</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Home</translation>
        </message>
        <message>
            <source>Go to the home screen</source>
            <translation>Go to the home screen</translation>
        </message>
        <message>
            <source>What is on this screen?</source>
            <translation>What is on this screen?</translation>
        </message>
        <message>
            <source>Hear and read what this screen is for</source>
            <translation>Hear and read what this screen is for</translation>
        </message>
        <message>
            <source>Sorry, that could not be found.</source>
            <translation>Sorry, that could not be found.</translation>
        </message>
    </context>
    <context>
        <name>NoteRow</name>
        <message>
            <source>A short note (you can leave this empty)</source>
            <translation>A short note (you can leave this empty)</translation>
        </message>
        <message>
            <source>Note for this bookmark</source>
            <translation>Note for this bookmark</translation>
        </message>
        <message>
            <source>Save note</source>
            <translation>Save note</translation>
        </message>
        <message>
            <source>Keep this note with the bookmark</source>
            <translation>Keep this note with the bookmark</translation>
        </message>
    </context>
    <context>
        <name>Recovery</name>
        <message>
            <source>Your saved data was damaged, so we brought back the copy saved on {when}: {bookmarks} bookmark(s) and your progress in {lessons} lesson(s). Anything you did after that time may be missing.</source>
            <translation>Your saved data was damaged, so we brought back the copy saved on {when}: {bookmarks} bookmark(s) and your progress in {lessons} lesson(s). Anything you did after that time may be missing.</translation>
        </message>
        <message>
            <source>Your saved data was damaged and there was no good copy to bring back, so your bookmarks and progress start afresh. The damaged file was kept as {file}.</source>
            <translation>Your saved data was damaged and there was no good copy to bring back, so your bookmarks and progress start afresh. The damaged file was kept as {file}.</translation>
        </message>
    </context>
    <context>
        <name>Sections</name>
        <message>
            <source>Silver age classes</source>
            <translation>Silver age classes</translation>
        </message>
        <message>
            <source>Courses made for older learners</source>
            <translation>Courses made for older learners</translation>
        </message>
        <message>
            <source>Scientific literacy</source>
            <translation>Scientific literacy</translation>
        </message>
        <message>
            <source>Science in everyday life</source>
            <translation>Science in everyday life</translation>
        </message>
        <message>
            <source>Workplace skills</source>
            <translation>Workplace skills</translation>
        </message>
        <message>
            <source>Skills for work and volunteering</source>
            <translation>Skills for work and volunteering</translation>
        </message>
        <message>
            <source>Cultural literacy</source>
            <translation>Cultural literacy</translation>
        </message>
        <message>
            <source>History, literature and the arts</source>
            <translation>History, literature and the arts</translation>
        </message>
        <message>
            <source>Hobbies and interests</source>
            <translation>Hobbies and interests</translation>
        </message>
        <message>
            <source>Things to enjoy and make</source>
            <translation>Things to enjoy and make</translation>
        </message>
        <message>
            <source>Continuing education</source>
            <translation>Continuing education</translation>
        </message>
        <message>
            <source>Courses for further study</source>
            <translation>Courses for further study</translation>
        </message>
        <message>
            <source>Smart living</source>
            <translation>Smart living</translation>
        </message>
        <message>
            <source>Staying safe</source>
            <translation>Staying safe</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>Health</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>Exercise</translation>
        </message>
        <message>
            <source>Arts and calligraphy</source>
            <translation>Arts and calligraphy</translation>
        </message>
    </context>
    <context>
        <name>Themes</name>
        <message>
            <source>Light</source>
            <translation>Light</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Dark</translation>
        </message>
        <message>
            <source>Yellow on black</source>
            <translation>Yellow on black</translation>
        </message>
    </context>
</TS>
