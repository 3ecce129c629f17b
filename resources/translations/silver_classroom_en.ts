<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>AdminCheck</name>
        <message>
            <source>Everything is ready.</source>
            <translation>Everything is ready.</translation>
        </message>
        <message>
            <source>Some things need fixing (see NO above).</source>
            <translation>Some things need fixing (see NO above).</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Data folder</translation>
        </message>
        <message>
            <source>can be written</source>
            <translation>can be written</translation>
        </message>
        <message>
            <source>cannot be written</source>
            <translation>cannot be written</translation>
        </message>
        <message>
            <source>Saved data</source>
            <translation>Saved data</translation>
        </message>
        <message>
            <source>damaged: </source>
            <translation>damaged: </translation>
        </message>
        <message>
            <source>databases checked, all healthy: {count}</source>
            <translation>databases checked, all healthy: {count}</translation>
        </message>
        <message>
            <source>voices: </source>
            <translation>voices: </translation>
        </message>
        <message>
            <source>install espeak-ng (with its Mandarin voice)</source>
            <translation>install espeak-ng (with its Mandarin voice)</translation>
        </message>
        <message>
            <source>Reading aloud</source>
            <translation>Reading aloud</translation>
        </message>
        <message>
            <source>Sound output</source>
            <translation>Sound output</translation>
        </message>
        <message>
            <source>no speaker or headphones found</source>
            <translation>no speaker or headphones found</translation>
        </message>
        <message>
            <source>Chinese fonts</source>
            <translation>Chinese fonts</translation>
        </message>
        <message>
            <source>none: install fonts-noto-cjk or similar</source>
            <translation>none: install fonts-noto-cjk or similar</translation>
        </message>
        <message>
            <source>Password store</source>
            <translation>Password store</translation>
        </message>
        <message>
            <source>none found (sign-in cannot be kept)</source>
            <translation>none found (sign-in cannot be kept)</translation>
        </message>
        <message>
            <source>Classroom policy</source>
            <translation>Classroom policy</translation>
        </message>
        <message>
            <source>none (home computer)</source>
            <translation>none (home computer)</translation>
        </message>
        <message>
            <source>classroom mode</source>
            <translation>classroom mode</translation>
        </message>
        <message>
            <source>home</source>
            <translation>home</translation>
        </message>
        <message>
            <source>idle minutes</source>
            <translation>idle minutes</translation>
        </message>
    </context>
    <context>
        <name>AdminProfiles</name>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Added {name}.</source>
            <translation>Added {name}.</translation>
        </message>
        <message>
            <source>Removed {name} and everything of theirs.</source>
            <translation>Removed {name} and everything of theirs.</translation>
        </message>
        <message>
            <source>The PIN of {name} is cleared.</source>
            <translation>The PIN of {name} is cleared.</translation>
        </message>
    </context>
    <context>
        <name>Avatars</name>
        <message>
            <source>A yellow sun on dark blue</source>
            <translation>A yellow sun on dark blue</translation>
        </message>
        <message>
            <source>A white crescent moon at night</source>
            <translation>A white crescent moon at night</translation>
        </message>
        <message>
            <source>A green pine tree</source>
            <translation>A green pine tree</translation>
        </message>
        <message>
            <source>A pink plum blossom</source>
            <translation>A pink plum blossom</translation>
        </message>
        <message>
            <source>An orange fish in blue water</source>
            <translation>An orange fish in blue water</translation>
        </message>
        <message>
            <source>A red bird</source>
            <translation>A red bird</translation>
        </message>
        <message>
            <source>A house with a brown roof</source>
            <translation>A house with a brown roof</translation>
        </message>
        <message>
            <source>A sailing boat on the sea</source>
            <translation>A sailing boat on the sea</translation>
        </message>
        <message>
            <source>Grey mountains with snow</source>
            <translation>Grey mountains with snow</translation>
        </message>
        <message>
            <source>A teal teacup</source>
            <translation>A teal teacup</translation>
        </message>
        <message>
            <source>A red lantern</source>
            <translation>A red lantern</translation>
        </message>
        <message>
            <source>A purple butterfly</source>
            <translation>A purple butterfly</translation>
        </message>
        <message>
            <source>A grey figure of a visitor</source>
            <translation>A grey figure of a visitor</translation>
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
        <name>ClassroomSession</name>
        <message>
            <source>Finish</source>
            <translation>Finish</translation>
        </message>
        <message>
            <source>End the guest visit; nothing of it is kept</source>
            <translation>End the guest visit; nothing of it is kept</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Sign out</translation>
        </message>
        <message>
            <source>Save your place and go back to the list of learners</source>
            <translation>Save your place and go back to the list of learners</translation>
        </message>
        <message>
            <source>Are you still there? Touch a key or move the mouse to carry on. Otherwise this screen goes back to the list of learners in {seconds} seconds.</source>
            <translation>Are you still there? Touch a key or move the mouse to carry on. Otherwise this screen goes back to the list of learners in {seconds} seconds.</translation>
        </message>
        <message>
            <source>Are you still there?</source>
            <translation>Are you still there?</translation>
        </message>
    </context>
    <context>
        <name>CoursePage</name>
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
            <source>A PIN is 4 to 6 digits, for example 2580.</source>
            <translation>A PIN is 4 to 6 digits, for example 2580.</translation>
        </message>
        <message>
            <source>That PIN is not right. Please try again.</source>
            <translation>That PIN is not right. Please try again.</translation>
        </message>
        <message>
            <source>That PIN is not right. Please wait {seconds} seconds, then try again.</source>
            <translation>That PIN is not right. Please wait {seconds} seconds, then try again.</translation>
        </message>
        <message>
            <source>Please wait {seconds} more seconds before trying the PIN again.</source>
            <translation>Please wait {seconds} more seconds before trying the PIN again.</translation>
        </message>
        <message>
            <source>The classroom policy file {path} cannot be used ({problem}). Safe classroom settings are used instead.</source>
            <translation>The classroom policy file {path} cannot be used ({problem}). Safe classroom settings are used instead.</translation>
        </message>
        <message>
            <source>The pack {path} was not found.</source>
            <translation>The pack {path} was not found.</translation>
        </message>
        <message>
            <source>Please give a name of 1 to 40 letters for the new learner.</source>
            <translation>Please give a name of 1 to 40 letters for the new learner.</translation>
        </message>
        <message>
            <source>There is already a learner called “{name}”. How about “{suggestion}”?</source>
            <translation>There is already a learner called “{name}”. How about “{suggestion}”?</translation>
        </message>
        <message>
            <source>There is no learner called “{name}” here.</source>
            <translation>There is no learner called “{name}” here.</translation>
        </message>
        <message>
            <source>There is no picture called “{avatar}”. The pictures are: {choices}.</source>
            <translation>There is no picture called “{avatar}”. The pictures are: {choices}.</translation>
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
            <source>This is the lesson reader. The lesson text is in the big box; use the arrow and Page Down keys to move through it. The buttons above make the text larger or smaller.</source>
            <translation>This is the lesson reader. The lesson text is in the big box; use the arrow and Page Down keys to move through it. The buttons above make the text larger or smaller.</translation>
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
        <message>
            <source>Silver Classroom is already open; its window has been brought forward.</source>
            <translation>Silver Classroom is already open; its window has been brought forward.</translation>
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
        <name>PickerPage</name>
        <message>
            <source>Who is learning today?</source>
            <translation>Who is learning today?</translation>
        </message>
        <message>
            <source>Choose your picture. Press Tab or the arrow keys, then Enter.</source>
            <translation>Choose your picture. Press Tab or the arrow keys, then Enter.</translation>
        </message>
        <message>
            <source>Nothing is kept after you finish</source>
            <translation>Nothing is kept after you finish</translation>
        </message>
        <message>
            <source>Asks for a PIN</source>
            <translation>Asks for a PIN</translation>
        </message>
        <message>
            <source>Who is learning?</source>
            <translation>Who is learning?</translation>
        </message>
        <message>
            <source>Choose your own picture and name to open your lessons, bookmarks and classes. Guest is for visitors: nothing of a guest is kept afterwards.</source>
            <translation>Choose your own picture and name to open your lessons, bookmarks and classes. Guest is for visitors: nothing of a guest is kept afterwards.</translation>
        </message>
        <message>
            <source>Guest</source>
            <translation>Guest</translation>
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message>
            <source>Erase</source>
            <translation>Erase</translation>
        </message>
        <message>
            <source>Remove the last digit</source>
            <translation>Remove the last digit</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Check the PIN</source>
            <translation>Check the PIN</translation>
        </message>
        <message>
            <source>Digit {d}</source>
            <translation>Digit {d}</translation>
        </message>
        <message>
            <source>PIN pad</source>
            <translation>PIN pad</translation>
        </message>
        <message numerus="yes">
            <source>%n digit(s) typed</source>
            <translation>
                <numerusform>%n digit typed</numerusform>
                <numerusform>%n digits typed</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PinPage</name>
        <message>
            <source>Please type your PIN</source>
            <translation>Please type your PIN</translation>
        </message>
        <message>
            <source>PIN for {name}</source>
            <translation>PIN for {name}</translation>
        </message>
        <message>
            <source>Type your PIN with the number keys or the big buttons, then press OK. If you forgot it, ask your teacher or helper to clear it.</source>
            <translation>Type your PIN with the number keys or the big buttons, then press OK. If you forgot it, ask your teacher or helper to clear it.</translation>
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
