<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>Admin</name>
        <message>
            <source>The caregiver PIN was cleared. Every setting can be changed again.</source>
            <translation>The caregiver PIN was cleared. Every setting can be changed again.</translation>
        </message>
        <message>
            <source>No caregiver PIN was set. Nothing was changed.</source>
            <translation>No caregiver PIN was set. Nothing was changed.</translation>
        </message>
    </context>
    <context>
        <name>CaregiverPanel</name>
        <message>
            <source>For caregivers</source>
            <translation>For caregivers</translation>
        </message>
        <message>
            <source>No caregiver PIN is set, so every setting can be changed here. Set a PIN to keep the colours, voice and language as you chose them.</source>
            <translation>No caregiver PIN is set, so every setting can be changed here. Set a PIN to keep the colours, voice and language as you chose them.</translation>
        </message>
        <message>
            <source>The settings are unlocked. Lock them again when you are done.</source>
            <translation>The settings are unlocked. Lock them again when you are done.</translation>
        </message>
        <message>
            <source>A caregiver has locked the settings. Text size and reading speed can always be changed; the others need the caregiver PIN.</source>
            <translation>A caregiver has locked the settings. Text size and reading speed can always be changed; the others need the caregiver PIN.</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Bring back the settings from before</source>
            <translation>Bring back the settings from before</translation>
        </message>
        <message>
            <source>Unlock with the caregiver PIN</source>
            <translation>Unlock with the caregiver PIN</translation>
        </message>
        <message>
            <source>Enter the caregiver PIN to change every setting</source>
            <translation>Enter the caregiver PIN to change every setting</translation>
        </message>
        <message>
            <source>Reset to recommended for seniors</source>
            <translation>Reset to recommended for seniors</translation>
        </message>
        <message>
            <source>Large text, slow reading, light colours</source>
            <translation>Large text, slow reading, light colours</translation>
        </message>
        <message>
            <source>Export settings to a file</source>
            <translation>Export settings to a file</translation>
        </message>
        <message>
            <source>Save these settings to copy them to another computer</source>
            <translation>Save these settings to copy them to another computer</translation>
        </message>
        <message>
            <source>Import settings from a file</source>
            <translation>Import settings from a file</translation>
        </message>
        <message>
            <source>Use settings saved on another computer</source>
            <translation>Use settings saved on another computer</translation>
        </message>
        <message>
            <source>Lock the settings now</source>
            <translation>Lock the settings now</translation>
        </message>
        <message>
            <source>Only text size and reading speed stay open</source>
            <translation>Only text size and reading speed stay open</translation>
        </message>
        <message>
            <source>Change the caregiver PIN</source>
            <translation>Change the caregiver PIN</translation>
        </message>
        <message>
            <source>Choose a new caregiver PIN</source>
            <translation>Choose a new caregiver PIN</translation>
        </message>
        <message>
            <source>Remove the caregiver PIN</source>
            <translation>Remove the caregiver PIN</translation>
        </message>
        <message>
            <source>Leave every setting open to change</source>
            <translation>Leave every setting open to change</translation>
        </message>
        <message>
            <source>Set a caregiver PIN</source>
            <translation>Set a caregiver PIN</translation>
        </message>
        <message>
            <source>Choose 4 to 6 digits that lock the settings</source>
            <translation>Choose 4 to 6 digits that lock the settings</translation>
        </message>
        <message>
            <source>Enter the caregiver PIN, then press OK.</source>
            <translation>Enter the caregiver PIN, then press OK.</translation>
        </message>
        <message>
            <source>Choose a new caregiver PIN of 4 to 6 digits, then press OK.</source>
            <translation>Choose a new caregiver PIN of 4 to 6 digits, then press OK.</translation>
        </message>
        <message>
            <source>Enter the same PIN again, then press OK.</source>
            <translation>Enter the same PIN again, then press OK.</translation>
        </message>
        <message>
            <source>The settings are unlocked.</source>
            <translation>The settings are unlocked.</translation>
        </message>
        <message numerus="yes">
            <source>That PIN is not right. Please wait %n second(s), then try again.</source>
            <translation>
                <numerusform>That PIN is not right. Please wait %n second, then try again.</numerusform>
                <numerusform>That PIN is not right. Please wait %n seconds, then try again.</numerusform>
            </translation>
        </message>
        <message>
            <source>That PIN is not right. Please try again.</source>
            <translation>That PIN is not right. Please try again.</translation>
        </message>
        <message>
            <source>The two PINs were not the same. Please start again.</source>
            <translation>The two PINs were not the same. Please start again.</translation>
        </message>
        <message>
            <source>The caregiver PIN is set. The settings stay open until you lock them.</source>
            <translation>The caregiver PIN is set. The settings stay open until you lock them.</translation>
        </message>
        <message>
            <source>The settings are locked.</source>
            <translation>The settings are locked.</translation>
        </message>
        <message>
            <source>The caregiver PIN was removed. Every setting is open.</source>
            <translation>The caregiver PIN was removed. Every setting is open.</translation>
        </message>
        <message>
            <source>The settings are back to the ones recommended for seniors. Press “Undo” to bring back the ones from before.</source>
            <translation>The settings are back to the ones recommended for seniors. Press “Undo” to bring back the ones from before.</translation>
        </message>
        <message>
            <source>Your earlier settings are back.</source>
            <translation>Your earlier settings are back.</translation>
        </message>
        <message>
            <source>The settings were saved to {path}.</source>
            <translation>The settings were saved to {path}.</translation>
        </message>
        <message>
            <source>The settings from {name} are in use. Press “Undo” to go back.</source>
            <translation>The settings from {name} are in use. Press “Undo” to go back.</translation>
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
            <source>This settings file cannot be used, so nothing was changed.</source>
            <translation>This settings file cannot be used, so nothing was changed.</translation>
        </message>
        <message>
            <source>This file is not a Silver Classroom settings file, so nothing was changed.</source>
            <translation>This file is not a Silver Classroom settings file, so nothing was changed.</translation>
        </message>
        <message>
            <source>In this settings file, “{key}” has a value that cannot be used, so nothing was changed.</source>
            <translation>In this settings file, “{key}” has a value that cannot be used, so nothing was changed.</translation>
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
            <source>A PIN is 4 to 6 digits.</source>
            <translation>A PIN is 4 to 6 digits.</translation>
        </message>
        <message>
            <source>The settings file could not be read, so nothing was changed.</source>
            <translation>The settings file could not be read, so nothing was changed.</translation>
        </message>
        <message>
            <source>The settings could not be saved to that place.</source>
            <translation>The settings could not be saved to that place.</translation>
        </message>
    </context>
    <context>
        <name>FileChooser</name>
        <message>
            <source>Settings files (*.json)</source>
            <translation>Settings files (*.json)</translation>
        </message>
        <message>
            <source>Save the settings</source>
            <translation>Save the settings</translation>
        </message>
        <message>
            <source>Choose a settings file</source>
            <translation>Choose a settings file</translation>
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
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Text size, colours, voice and reading speed.</source>
            <translation>Text size, colours, voice and reading speed.</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Home</translation>
        </message>
        <message>
            <source>This is the home screen. The first card takes you back to your lesson. Below it are the courses for older learners, and all six sections of the platform. Press Tab to move between cards and Enter to open one. The last card opens the settings.</source>
            <translation>This is the home screen. The first card takes you back to your lesson. Below it are the courses for older learners, and all six sections of the platform. Press Tab to move between cards and Enter to open one. The last card opens the settings.</translation>
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
        <name>LinkGuard</name>
        <message>
            <source>Open in the web browser</source>
            <translation>Open in the web browser</translation>
        </message>
        <message>
            <source>Leave Silver Classroom and show this page in the web browser</source>
            <translation>Leave Silver Classroom and show this page in the web browser</translation>
        </message>
        <message>
            <source>Stay here</source>
            <translation>Stay here</translation>
        </message>
        <message>
            <source>Do not open the link</source>
            <translation>Do not open the link</translation>
        </message>
        <message>
            <source>This link opens your web browser and leaves the lesson: {address}</source>
            <translation>This link opens your web browser and leaves the lesson: {address}</translation>
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
            <source>Use this PIN</source>
            <translation>Use this PIN</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Close the PIN pad</source>
            <translation>Close the PIN pad</translation>
        </message>
        <message>
            <source>Add this digit</source>
            <translation>Add this digit</translation>
        </message>
        <message>
            <source>Digit {d}</source>
            <translation>Digit {d}</translation>
        </message>
        <message>
            <source>(no digits yet)</source>
            <translation>(no digits yet)</translation>
        </message>
        <message numerus="yes">
            <source>%n digit(s) entered</source>
            <translation>
                <numerusform>%n digit entered</numerusform>
                <numerusform>%n digits entered</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReaderView</name>
        <message>
            <source>The lesson text. Use the arrow keys and Page Down to read on.</source>
            <translation>The lesson text. Use the arrow keys and Page Down to read on.</translation>
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
        <name>Settings</name>
        <message>
            <source>Text size</source>
            <translation>Text size</translation>
        </message>
        <message>
            <source>Reading speed</source>
            <translation>Reading speed</translation>
        </message>
        <message>
            <source>Colours</source>
            <translation>Colours</translation>
        </message>
        <message>
            <source>Line spacing</source>
            <translation>Line spacing</translation>
        </message>
        <message>
            <source>Voice</source>
            <translation>Voice</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Volume</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Keep running for reminders</source>
            <translation>Keep running for reminders</translation>
        </message>
        <message>
            <source>First-run setup done</source>
            <translation>First-run setup done</translation>
        </message>
        <message>
            <source>Slow</source>
            <translation>Slow</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>Normal</translation>
        </message>
        <message>
            <source>Brisk</source>
            <translation>Brisk</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>Automatic</translation>
        </message>
        <message>
            <source>Female voice</source>
            <translation>Female voice</translation>
        </message>
        <message>
            <source>Male voice</source>
            <translation>Male voice</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Changes take effect at once. The sample below shows how your lessons will look.</source>
            <translation>Changes take effect at once. The sample below shows how your lessons will look.</translation>
        </message>
        <message>
            <source>Read the sample aloud</source>
            <translation>Read the sample aloud</translation>
        </message>
        <message>
            <source>Hear the sample with the chosen voice, speed and volume</source>
            <translation>Hear the sample with the chosen voice, speed and volume</translation>
        </message>
        <message>
            <source>Locked by the caregiver: {names}.</source>
            <translation>Locked by the caregiver: {names}.</translation>
        </message>
        <message>
            <source>{setting}: {value}</source>
            <translation>{setting}: {value}</translation>
        </message>
        <message>
            <source>− Less</source>
            <translation>− Less</translation>
        </message>
        <message>
            <source>+ More</source>
            <translation>+ More</translation>
        </message>
        <message>
            <source>Change {setting}</source>
            <translation>Change {setting}</translation>
        </message>
        <message>
            <source>On</source>
            <translation>On</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Off</translation>
        </message>
        <message>
            <source>Can you read this comfortably? Today we learn how to make a video call to the family, one small step at a time.</source>
            <translation>Can you read this comfortably? Today we learn how to make a video call to the family, one small step at a time.</translation>
        </message>
        <message>
            <source>These are the settings. Make the text larger or smaller, choose the reading speed, and press “Read the sample aloud” to hear it. A caregiver can lock the other settings with a PIN.</source>
            <translation>These are the settings. Make the text larger or smaller, choose the reading speed, and press “Read the sample aloud” to hear it. A caregiver can lock the other settings with a PIN.</translation>
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
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Setting up, step {n} of {total}</source>
            <translation>Setting up, step {n} of {total}</translation>
        </message>
        <message>
            <source>Which size can you read comfortably?</source>
            <translation>Which size can you read comfortably?</translation>
        </message>
        <message>
            <source>Choose the first sample that is easy to read.</source>
            <translation>Choose the first sample that is easy to read.</translation>
        </message>
        <message>
            <source>Can you read this comfortably?</source>
            <translation>Can you read this comfortably?</translation>
        </message>
        <message>
            <source>Text size {n}%</source>
            <translation>Text size {n}%</translation>
        </message>
        <message>
            <source>Which colours are easiest for your eyes?</source>
            <translation>Which colours are easiest for your eyes?</translation>
        </message>
        <message>
            <source>Can you hear this?</source>
            <translation>Can you hear this?</translation>
        </message>
        <message>
            <source>Press the button to hear a sentence. Make it louder or slower.</source>
            <translation>Press the button to hear a sentence. Make it louder or slower.</translation>
        </message>
        <message>
            <source>Play the test sound</source>
            <translation>Play the test sound</translation>
        </message>
        <message>
            <source>Hear a sentence with this volume and speed</source>
            <translation>Hear a sentence with this volume and speed</translation>
        </message>
        <message>
            <source>Volume: {n}%</source>
            <translation>Volume: {n}%</translation>
        </message>
        <message>
            <source>Quieter</source>
            <translation>Quieter</translation>
        </message>
        <message>
            <source>Louder</source>
            <translation>Louder</translation>
        </message>
        <message>
            <source>Reading speed</source>
            <translation>Reading speed</translation>
        </message>
        <message>
            <source>All set!</source>
            <translation>All set!</translation>
        </message>
        <message>
            <source>You can change all of this later: on the home screen, open “Settings”. Press “Start learning” to begin.</source>
            <translation>You can change all of this later: on the home screen, open “Settings”. Press “Start learning” to begin.</translation>
        </message>
        <message>
            <source>Previous step</source>
            <translation>Previous step</translation>
        </message>
        <message>
            <source>Go back one step</source>
            <translation>Go back one step</translation>
        </message>
        <message>
            <source>Start learning</source>
            <translation>Start learning</translation>
        </message>
        <message>
            <source>Go to the home screen</source>
            <translation>Go to the home screen</translation>
        </message>
        <message>
            <source>Skip this step</source>
            <translation>Skip this step</translation>
        </message>
        <message>
            <source>Keep this as it is and go on</source>
            <translation>Keep this as it is and go on</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Next</translation>
        </message>
        <message>
            <source>Go to the next step</source>
            <translation>Go to the next step</translation>
        </message>
        <message>
            <source>Can you hear this? This is how lessons will be read to you.</source>
            <translation>Can you hear this? This is how lessons will be read to you.</translation>
        </message>
        <message>
            <source>Welcome</source>
            <translation>Welcome</translation>
        </message>
        <message>
            <source>This is the first-time setup. Choose what suits you on each step, or press “Skip this step”. Press “Next” to go on. Everything can be changed later in Settings.</source>
            <translation>This is the first-time setup. Choose what suits you on each step, or press “Skip this step”. Press “Next” to go on. Everything can be changed later in Settings.</translation>
        </message>
    </context>
</TS>
