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
        <message>
            <source>The caregiver PIN was cleared. Every setting can be changed again.</source>
            <translation>The caregiver PIN was cleared. Every setting can be changed again.</translation>
        </message>
        <message>
            <source>No caregiver PIN was set. Nothing was changed.</source>
            <translation>No caregiver PIN was set. Nothing was changed.</translation>
        </message>
        <message>
            <source>The limit must be 0 MB or more.</source>
            <translation>The limit must be 0 MB or more.</translation>
        </message>
        <message>
            <source>Speech cache: {used} MB of {limit} MB; {pinned} MB from packs.</source>
            <translation>Speech cache: {used} MB of {limit} MB; {pinned} MB from packs.</translation>
        </message>
        <message>
            <source>Videos can be saved at {choices}; {height} is not one of them.</source>
            <translation>Videos can be saved at {choices}; {height} is not one of them.</translation>
        </message>
        <message>
            <source>Videos saved for offline: {height}p (choices: {choices}).</source>
            <translation>Videos saved for offline: {height}p (choices: {choices}).</translation>
        </message>
    </context>
    <context>
        <name>AdminCheck</name>
        <message>
            <source>Everything is ready.</source>
            <translation>Everything is ready.</translation>
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
            <source>the app could not repair this: bring back the learner's backup file (admin import-profile) or remove the damaged learner</source>
            <translation>the app could not repair this: bring back the learner's backup file (admin import-profile) or remove the damaged learner</translation>
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
            <source>What to do</source>
            <translation>What to do</translation>
        </message>
        <message>
            <source>Learners cannot use the app until the NO lines above are fixed.</source>
            <translation>Learners cannot use the app until the NO lines above are fixed.</translation>
        </message>
        <message>
            <source>Learners can use the app, with the limits in the NOTE lines above.</source>
            <translation>Learners can use the app, with the limits in the NOTE lines above.</translation>
        </message>
        <message>
            <source>give this account write access to the folder, or choose another with --data-dir</source>
            <translation>give this account write access to the folder, or choose another with --data-dir</translation>
        </message>
        <message>
            <source>Speech cache</source>
            <translation>Speech cache</translation>
        </message>
        <message>
            <source>{used} MB of {limit} MB; {pinned} MB from packs</source>
            <translation>{used} MB of {limit} MB; {pinned} MB from packs</translation>
        </message>
        <message>
            <source>Reading aloud</source>
            <translation>Reading aloud</translation>
        </message>
        <message>
            <source>no speech engine found</source>
            <translation>no speech engine found</translation>
        </message>
        <message>
            <source>Chinese would be read with the English voice: </source>
            <translation>Chinese would be read with the English voice: </translation>
        </message>
        <message>
            <source>Sound output</source>
            <translation>Sound output</translation>
        </message>
        <message>
            <source>connect speakers or headphones; until then lessons show and highlight their text but nothing is heard</source>
            <translation>connect speakers or headphones; until then lessons show and highlight their text but nothing is heard</translation>
        </message>
        <message>
            <source>no speaker or headphones found</source>
            <translation>no speaker or headphones found</translation>
        </message>
        <message>
            <source>Video playback</source>
            <translation>Video playback</translation>
        </message>
        <message>
            <source>videos play</source>
            <translation>videos play</translation>
        </message>
        <message>
            <source>a test video could not be played</source>
            <translation>a test video could not be played</translation>
        </message>
        <message>
            <source>reinstall the app (its video player is missing or damaged); until then video lessons cannot be watched, their handouts and text still work</source>
            <translation>reinstall the app (its video player is missing or damaged); until then video lessons cannot be watched, their handouts and text still work</translation>
        </message>
        <message>
            <source>Chinese fonts</source>
            <translation>Chinese fonts</translation>
        </message>
        <message>
            <source>none found</source>
            <translation>none found</translation>
        </message>
        <message>
            <source>install fonts-noto-cjk and fonts-wqy-microhei</source>
            <translation>install fonts-noto-cjk and fonts-wqy-microhei</translation>
        </message>
        <message>
            <source>install fonts-wqy-microhei: without it printouts may not read back exactly in a screen reader or when searched</source>
            <translation>install fonts-wqy-microhei: without it printouts may not read back exactly in a screen reader or when searched</translation>
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
            <source>install gnome-keyring (or another password store); until then learners sign in to the class platform each time</source>
            <translation>install gnome-keyring (or another password store); until then learners sign in to the class platform each time</translation>
        </message>
        <message>
            <source>Classroom policy</source>
            <translation>Classroom policy</translation>
        </message>
        <message>
            <source>correct the policy file (resources/policy.sample.toml shows how)</source>
            <translation>correct the policy file (resources/policy.sample.toml shows how)</translation>
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
        <name>AdminPacks</name>
        <message>
            <source>Wrote {file} with {n} lessons.</source>
            <translation>Wrote {file} with {n} lessons.</translation>
        </message>
        <message>
            <source>Upgraded pack {id} from {old} to {new}: {courses} courses, {lessons} lessons.</source>
            <translation>Upgraded pack {id} from {old} to {new}: {courses} courses, {lessons} lessons.</translation>
        </message>
        <message>
            <source>Installed pack {id} {new}: {courses} courses, {lessons} lessons.</source>
            <translation>Installed pack {id} {new}: {courses} courses, {lessons} lessons.</translation>
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
        <name>AdminRecords</name>
        <message>
            <source>Certificate saved: {file}</source>
            <translation>Certificate saved: {file}</translation>
        </message>
        <message>
            <source>Rows saved to the file: {n}</source>
            <translation>Rows saved to the file: {n}</translation>
        </message>
        <message>
            <source>{name} does not share the learning record with the platform, so nothing was sent.</source>
            <translation>{name} does not share the learning record with the platform, so nothing was sent.</translation>
        </message>
        <message>
            <source>{name} is not signed in to the platform, so nothing was sent. Sign in from the app first.</source>
            <translation>{name} is not signed in to the platform, so nothing was sent. Sign in from the app first.</translation>
        </message>
        <message>
            <source>Records sent: {n}</source>
            <translation>Records sent: {n}</translation>
        </message>
        <message>
            <source>Records still waiting: {n}</source>
            <translation>Records still waiting: {n}</translation>
        </message>
    </context>
    <context>
        <name>AdminSaveOffline</name>
        <message>
            <source>Getting ready to save the course…</source>
            <translation>Getting ready to save the course…</translation>
        </message>
        <message>
            <source>Saving lessons: {done} of {total}</source>
            <translation>Saving lessons: {done} of {total}</translation>
        </message>
        <message>
            <source>Saving videos and handouts: part {done} of {total}</source>
            <translation>Saving videos and handouts: part {done} of {total}</translation>
        </message>
        <message>
            <source>The video height must be 1 or more.</source>
            <translation>The video height must be 1 or more.</translation>
        </message>
        <message>
            <source>Lessons saved: {n}</source>
            <translation>Lessons saved: {n}</translation>
        </message>
        <message>
            <source>Files left out: {n}</source>
            <translation>Files left out: {n}</translation>
        </message>
    </context>
    <context>
        <name>AdminSchedule</name>
        <message>
            <source>Classes imported: {n}</source>
            <translation>Classes imported: {n}</translation>
        </message>
        <message>
            <source>Classes saved to the file: {n}</source>
            <translation>Classes saved to the file: {n}</translation>
        </message>
        <message>
            <source>--week must be a date like 2026-09-01.</source>
            <translation>--week must be a date like 2026-09-01.</translation>
        </message>
        <message>
            <source>Class sessions printed: {n}</source>
            <translation>Class sessions printed: {n}</translation>
        </message>
    </context>
    <context>
        <name>AdminSync</name>
        <message>
            <source>Skipped: {note}</source>
            <translation>Skipped: {note}</translation>
        </message>
        <message>
            <source>Topics: {n}</source>
            <translation>Topics: {n}</translation>
        </message>
        <message>
            <source>Courses: {n}</source>
            <translation>Courses: {n}</translation>
        </message>
        <message>
            <source>Lessons: {n}</source>
            <translation>Lessons: {n}</translation>
        </message>
        <message>
            <source>Skipped items: {n}</source>
            <translation>Skipped items: {n}</translation>
        </message>
        <message>
            <source>Enrolled classes: {n}</source>
            <translation>Enrolled classes: {n}</translation>
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
            <source>{lesson} · {where}</source>
            <translation>{lesson} · {where}</translation>
        </message>
        <message>
            <source>Your note: {note}</source>
            <translation>Your note: {note}</translation>
        </message>
        <message>
            <source>This lesson is no longer installed.</source>
            <translation>This lesson is no longer installed.</translation>
        </message>
        <message>
            <source>This text is not on this computer right now, so the sentence is shown as you bookmarked it. It opens once the computer is connected.</source>
            <translation>This text is not on this computer right now, so the sentence is shown as you bookmarked it. It opens once the computer is connected.</translation>
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
        <message>
            <source>Handout</source>
            <translation>Handout</translation>
        </message>
        <message>
            <source>Video text</source>
            <translation>Video text</translation>
        </message>
        <message>
            <source>Recording text</source>
            <translation>Recording text</translation>
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
            <source>Search courses and lessons</source>
            <translation>Search courses and lessons</translation>
        </message>
        <message>
            <source>Search: type a word, e.g. 书法 or shufa</source>
            <translation>Search: type a word, e.g. 书法 or shufa</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <source>Sign in to the lesson platform</source>
            <translation>Sign in to the lesson platform</translation>
        </message>
        <message>
            <source>No course matches these words. Try fewer or other words.</source>
            <translation>No course matches these words. Try fewer or other words.</translation>
        </message>
        <message numerus="yes">
            <source>Showing {shown} of %n course(s). Type in the search box to find others.</source>
            <translation>
                <numerusform>Showing {shown} of %n course. Type in the search box to find others.</numerusform>
                <numerusform>Showing {shown} of %n courses. Type in the search box to find others.</numerusform>
            </translation>
        </message>
        <message>
            <source>This screen lists the courses of one section. Each large card is a course. Press Tab to move between them and Enter to open one.</source>
            <translation>This screen lists the courses of one section. Each large card is a course. Press Tab to move between them and Enter to open one.</translation>
        </message>
    </context>
    <context>
        <name>Certificate</name>
        <message>
            <source>d MMMM yyyy</source>
            <translation>d MMMM yyyy</translation>
        </message>
        <message>
            <source>Certificate of completion</source>
            <translation>Certificate of completion</translation>
        </message>
        <message>
            <source>This certifies that {name} has completed the course</source>
            <translation>This certifies that {name} has completed the course</translation>
        </message>
        <message>
            <source>Lessons: {n}</source>
            <translation>Lessons: {n}</translation>
        </message>
        <message>
            <source>Hours of study: {hours}</source>
            <translation>Hours of study: {hours}</translation>
        </message>
        <message>
            <source>First day: {day}</source>
            <translation>First day: {day}</translation>
        </message>
        <message>
            <source>Last day: {day}</source>
            <translation>Last day: {day}</translation>
        </message>
        <message>
            <source>Silver Classroom</source>
            <translation>Silver Classroom</translation>
        </message>
    </context>
    <context>
        <name>ClassFormPage</name>
        <message>
            <source>Monday</source>
            <translation>Monday</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>Tuesday</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>Wednesday</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>Thursday</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>Friday</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>Saturday</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>Sunday</translation>
        </message>
        <message>
            <source>1 day before</source>
            <translation>1 day before</translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s) before</source>
            <translation>
                <numerusform>%n hour before</numerusform>
                <numerusform>%n hours before</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s) before</source>
            <translation>
                <numerusform>%n minute before</numerusform>
                <numerusform>%n minutes before</numerusform>
            </translation>
        </message>
        <message>
            <source>Previous step</source>
            <translation>Previous step</translation>
        </message>
        <message>
            <source>Go back to the question before</source>
            <translation>Go back to the question before</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Next step</translation>
        </message>
        <message>
            <source>Go on to the next question</source>
            <translation>Go on to the next question</translation>
        </message>
        <message>
            <source>Save class</source>
            <translation>Save class</translation>
        </message>
        <message>
            <source>Keep this class in your timetable</source>
            <translation>Keep this class in your timetable</translation>
        </message>
        <message>
            <source>Type it here with the keyboard</source>
            <translation>Type it here with the keyboard</translation>
        </message>
        <message>
            <source>What is the class called?</source>
            <translation>What is the class called?</translation>
        </message>
        <message>
            <source>Name of the class</source>
            <translation>Name of the class</translation>
        </message>
        <message>
            <source>Teacher (you may leave this empty)</source>
            <translation>Teacher (you may leave this empty)</translation>
        </message>
        <message>
            <source>Where is the class?</source>
            <translation>Where is the class?</translation>
        </message>
        <message>
            <source>In a room</source>
            <translation>In a room</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <source>Room or address</source>
            <translation>Room or address</translation>
        </message>
        <message>
            <source>Web address of the online class</source>
            <translation>Web address of the online class</translation>
        </message>
        <message>
            <source>On which days?</source>
            <translation>On which days?</translation>
        </message>
        <message>
            <source>This class repeats in its own way (from a calendar file); its days are kept as they are.</source>
            <translation>This class repeats in its own way (from a calendar file); its days are kept as they are.</translation>
        </message>
        <message>
            <source>What time does it start?</source>
            <translation>What time does it start?</translation>
        </message>
        <message>
            <source>− 1 hour</source>
            <translation>− 1 hour</translation>
        </message>
        <message>
            <source>+ 1 hour</source>
            <translation>+ 1 hour</translation>
        </message>
        <message>
            <source>− 5 minutes</source>
            <translation>− 5 minutes</translation>
        </message>
        <message>
            <source>+ 5 minutes</source>
            <translation>+ 5 minutes</translation>
        </message>
        <message>
            <source>Times are in the class's time zone: {zone}</source>
            <translation>Times are in the class's time zone: {zone}</translation>
        </message>
        <message>
            <source>Shorter (− 15 minutes)</source>
            <translation>Shorter (− 15 minutes)</translation>
        </message>
        <message>
            <source>Longer (+ 15 minutes)</source>
            <translation>Longer (+ 15 minutes)</translation>
        </message>
        <message>
            <source>Start time {time}</source>
            <translation>Start time {time}</translation>
        </message>
        <message>
            <source>The class lasts {hours} h {minutes} min</source>
            <translation>The class lasts {hours} h {minutes} min</translation>
        </message>
        <message>
            <source>When should I remind you?</source>
            <translation>When should I remind you?</translation>
        </message>
        <message>
            <source>Step {n} of {total}</source>
            <translation>Step {n} of {total}</translation>
        </message>
        <message>
            <source>Please write the name of the class.</source>
            <translation>Please write the name of the class.</translation>
        </message>
        <message>
            <source>Please choose at least one day.</source>
            <translation>Please choose at least one day.</translation>
        </message>
        <message>
            <source>“{title}”, {days}, at {time}.</source>
            <translation>“{title}”, {days}, at {time}.</translation>
        </message>
        <message>
            <source>Change a class</source>
            <translation>Change a class</translation>
        </message>
        <message>
            <source>Add a class</source>
            <translation>Add a class</translation>
        </message>
        <message>
            <source>Here you add or change a class, one question at a time. Answer the question, then press “Next step”. On the last step press “Save class”.</source>
            <translation>Here you add or change a class, one question at a time. Answer the question, then press “Next step”. On the last step press “Save class”.</translation>
        </message>
    </context>
    <context>
        <name>ClassRow</name>
        <message>
            <source>Place: {place}</source>
            <translation>Place: {place}</translation>
        </message>
        <message>
            <source>Online class</source>
            <translation>Online class</translation>
        </message>
        <message>
            <source>Teacher: {teacher}</source>
            <translation>Teacher: {teacher}</translation>
        </message>
        <message>
            <source>From your class platform</source>
            <translation>From your class platform</translation>
        </message>
        <message>
            <source>Join class</source>
            <translation>Join class</translation>
        </message>
        <message>
            <source>Open the online class in your web browser</source>
            <translation>Open the online class in your web browser</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <source>Change this class: name, days, time</source>
            <translation>Change this class: name, days, time</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Remove this class</source>
            <translation>Remove this class</translation>
        </message>
        <message>
            <source>Yes, delete</source>
            <translation>Yes, delete</translation>
        </message>
        <message>
            <source>No, go back</source>
            <translation>No, go back</translation>
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
        <message numerus="yes">
            <source>Are you still there? Touch a key or move the mouse to carry on. Otherwise this screen goes back to the list of learners in %n second(s).</source>
            <translation>
                <numerusform>Are you still there? Touch a key or move the mouse to carry on. Otherwise this screen goes back to the list of learners in %n second.</numerusform>
                <numerusform>Are you still there? Touch a key or move the mouse to carry on. Otherwise this screen goes back to the list of learners in %n seconds.</numerusform>
            </translation>
        </message>
        <message>
            <source>Are you still there?</source>
            <translation>Are you still there?</translation>
        </message>
    </context>
    <context>
        <name>ComputerCheck</name>
        <message>
            <source>Check this computer</source>
            <translation>Check this computer</translation>
        </message>
        <message>
            <source>Ask a helper to free some disk space, or to let this account write in the data folder shown above.</source>
            <translation>Ask a helper to free some disk space, or to let this account write in the data folder shown above.</translation>
        </message>
        <message>
            <source>Close Silver Classroom and open it again: a damaged file is put aside and the newest backup is used. If this stays, ask a helper.</source>
            <translation>Close Silver Classroom and open it again: a damaged file is put aside and the newest backup is used. If this stays, ask a helper.</translation>
        </message>
        <message>
            <source>Lessons can still be read on screen. To hear them, ask a helper to install the espeak-ng speech program with its Mandarin voice.</source>
            <translation>Lessons can still be read on screen. To hear them, ask a helper to install the espeak-ng speech program with its Mandarin voice.</translation>
        </message>
        <message>
            <source>Plug in speakers or headphones, turn them on and up, then press “Check again”.</source>
            <translation>Plug in speakers or headphones, turn them on and up, then press “Check again”.</translation>
        </message>
        <message>
            <source>Chinese text may show as empty boxes. Ask a helper to install a Chinese font (for example Noto Sans CJK).</source>
            <translation>Chinese text may show as empty boxes. Ask a helper to install a Chinese font (for example Noto Sans CJK).</translation>
        </message>
        <message>
            <source>Signing in to the lesson service works, but you will be asked to sign in again each time. A helper can set up the computer's password store.</source>
            <translation>Signing in to the lesson service works, but you will be asked to sign in again each time. A helper can set up the computer's password store.</translation>
        </message>
        <message>
            <source>Ask the classroom's computer helper to look at the classroom settings file.</source>
            <translation>Ask the classroom's computer helper to look at the classroom settings file.</translation>
        </message>
        <message>
            <source>Ask a helper to look at this.</source>
            <translation>Ask a helper to look at this.</translation>
        </message>
    </context>
    <context>
        <name>ComputerCheckPage</name>
        <message>
            <source>Everything is ready.</source>
            <translation>Everything is ready.</translation>
        </message>
        <message>
            <source>Some things need attention. Each one says what to do.</source>
            <translation>Some things need attention. Each one says what to do.</translation>
        </message>
        <message>
            <source>Check again</source>
            <translation>Check again</translation>
        </message>
        <message>
            <source>Run every check again, after something was fixed</source>
            <translation>Run every check again, after something was fixed</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Ready</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>Needs attention</translation>
        </message>
        <message>
            <source>{check}: {state}</source>
            <translation>{check}: {state}</translation>
        </message>
        <message>
            <source>What to do: </source>
            <translation>What to do: </translation>
        </message>
        <message>
            <source>Check this computer</source>
            <translation>Check this computer</translation>
        </message>
        <message>
            <source>This screen checks whether this computer can run Silver Classroom well: saving, reading aloud, sound, Chinese letters and signing in. Anything that needs attention comes first, with what to do.</source>
            <translation>This screen checks whether this computer can run Silver Classroom well: saving, reading aloud, sound, Chinese letters and signing in. Anything that needs attention comes first, with what to do.</translation>
        </message>
    </context>
    <context>
        <name>CoursePage</name>
        <message numerus="yes">
            <source>You have finished {done} of %n lesson(s).</source>
            <translation>
                <numerusform>You have finished {done} of %n lesson.</numerusform>
                <numerusform>You have finished {done} of %n lessons.</numerusform>
            </translation>
        </message>
        <message>
            <source>Print my certificate</source>
            <translation>Print my certificate</translation>
        </message>
        <message>
            <source>Print a certificate that you completed this course</source>
            <translation>Print a certificate that you completed this course</translation>
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
        <name>CrashNotice</name>
        <message>
            <source>Something went wrong. Your bookmarks and progress are safe.</source>
            <translation>Something went wrong. Your bookmarks and progress are safe.</translation>
        </message>
        <message>
            <source>You can carry on where you were. If this happens again, ask a helper and press “Copy details for a helper”, then paste them into a message to them.</source>
            <translation>You can carry on where you were. If this happens again, ask a helper and press “Copy details for a helper”, then paste them into a message to them.</translation>
        </message>
        <message>
            <source>Copy details for a helper</source>
            <translation>Copy details for a helper</translation>
        </message>
        <message>
            <source>Close this message</source>
            <translation>Close this message</translation>
        </message>
        <message>
            <source>The details are copied. Paste them into a message to your helper.</source>
            <translation>The details are copied. Paste them into a message to your helper.</translation>
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
            <source>The lesson service cannot be reached right now. Your saved lessons are still here.</source>
            <translation>The lesson service cannot be reached right now. Your saved lessons are still here.</translation>
        </message>
        <message>
            <source>Your sign-in has run out. Please sign in again.</source>
            <translation>Your sign-in has run out. Please sign in again.</translation>
        </message>
        <message>
            <source>This computer has no safe place to keep your sign-in (no keyring), so it was not saved. Ask your helper to set up the system keyring.</source>
            <translation>This computer has no safe place to keep your sign-in (no keyring), so it was not saved. Ask your helper to set up the system keyring.</translation>
        </message>
        <message>
            <source>The disk is full, so “{file}” could not be saved. Nothing saved before was lost. Please make some room, or choose another place, and try again.</source>
            <translation>The disk is full, so “{file}” could not be saved. Nothing saved before was lost. Please make some room, or choose another place, and try again.</translation>
        </message>
        <message>
            <source>There is not enough free space on this computer to save this course: it needs about {need} MB, {free} MB are free. Nothing was changed.</source>
            <translation>There is not enough free space on this computer to save this course: it needs about {need} MB, {free} MB are free. Nothing was changed.</translation>
        </message>
        <message>
            <source>A file of “{lesson}” could not be saved, so it was left out.</source>
            <translation>A file of “{lesson}” could not be saved, so it was left out.</translation>
        </message>
        <message>
            <source>The video of “{lesson}” is not on the lesson service, so it was not saved.</source>
            <translation>The video of “{lesson}” is not on the lesson service, so it was not saved.</translation>
        </message>
        <message>
            <source>The video of “{lesson}” arrived damaged, so it was not saved.</source>
            <translation>The video of “{lesson}” arrived damaged, so it was not saved.</translation>
        </message>
        <message>
            <source>The video of “{lesson}” is locked and its key is not on the lesson service, so it was not saved.</source>
            <translation>The video of “{lesson}” is locked and its key is not on the lesson service, so it was not saved.</translation>
        </message>
        <message>
            <source>The recording of “{lesson}” is not on the lesson service, so it was not saved.</source>
            <translation>The recording of “{lesson}” is not on the lesson service, so it was not saved.</translation>
        </message>
        <message>
            <source>The recording of “{lesson}” arrived damaged, so it was not saved.</source>
            <translation>The recording of “{lesson}” arrived damaged, so it was not saved.</translation>
        </message>
        <message>
            <source>The handout of “{lesson}” is not on the lesson service, so it was not saved.</source>
            <translation>The handout of “{lesson}” is not on the lesson service, so it was not saved.</translation>
        </message>
        <message>
            <source>The handout of “{lesson}” arrived damaged, so it was not saved.</source>
            <translation>The handout of “{lesson}” arrived damaged, so it was not saved.</translation>
        </message>
        <message>
            <source>The subtitles of “{lesson}” are not on the lesson service, so they were not saved.</source>
            <translation>The subtitles of “{lesson}” are not on the lesson service, so they were not saved.</translation>
        </message>
        <message>
            <source>The subtitles of “{lesson}” arrived damaged, so they were not saved.</source>
            <translation>The subtitles of “{lesson}” arrived damaged, so they were not saved.</translation>
        </message>
        <message>
            <source>A picture of “{lesson}” is not on the lesson service, so it was not saved.</source>
            <translation>A picture of “{lesson}” is not on the lesson service, so it was not saved.</translation>
        </message>
        <message>
            <source>A picture of “{lesson}” arrived damaged, so it was not saved.</source>
            <translation>A picture of “{lesson}” arrived damaged, so it was not saved.</translation>
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
            <source>The pack holds far too many files.</source>
            <translation>The pack holds far too many files.</translation>
        </message>
        <message>
            <source>The file {path} in the pack is far too large.</source>
            <translation>The file {path} in the pack is far too large.</translation>
        </message>
        <message>
            <source>The pack is far too large.</source>
            <translation>The pack is far too large.</translation>
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
            <source>The file {path} in the pack is damaged (its md5 is wrong).</source>
            <translation>The file {path} in the pack is damaged (its md5 is wrong).</translation>
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
            <source>This file is not a readable course pack.</source>
            <translation>This file is not a readable course pack.</translation>
        </message>
        <message>
            <source>This pack (version {version}) is already installed or older.</source>
            <translation>This pack (version {version}) is already installed or older.</translation>
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
            <source>Save this course for offline use first, then export it.</source>
            <translation>Save this course for offline use first, then export it.</translation>
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
        <message>
            <source>The file “{path}” could not be opened.</source>
            <translation>The file “{path}” could not be opened.</translation>
        </message>
        <message>
            <source>This class cannot be saved.</source>
            <translation>This class cannot be saved.</translation>
        </message>
        <message>
            <source>The time zone “{zone}” is not known.</source>
            <translation>The time zone “{zone}” is not known.</translation>
        </message>
        <message>
            <source>The repeat rule “{rule}” of “{title}” cannot be understood.</source>
            <translation>The repeat rule “{rule}” of “{title}” cannot be understood.</translation>
        </message>
        <message>
            <source>Please give the class a name.</source>
            <translation>Please give the class a name.</translation>
        </message>
        <message>
            <source>This calendar file could not be read. Nothing was imported.</source>
            <translation>This calendar file could not be read. Nothing was imported.</translation>
        </message>
        <message>
            <source>This is not a calendar file: it does not start with BEGIN:VCALENDAR.</source>
            <translation>This is not a calendar file: it does not start with BEGIN:VCALENDAR.</translation>
        </message>
        <message>
            <source>The calendar file is incomplete: END:VCALENDAR is missing. Nothing was imported.</source>
            <translation>The calendar file is incomplete: END:VCALENDAR is missing. Nothing was imported.</translation>
        </message>
        <message>
            <source>The calendar file is too large to be a class timetable. Nothing was imported.</source>
            <translation>The calendar file is too large to be a class timetable. Nothing was imported.</translation>
        </message>
        <message>
            <source>The calendar file could not be read ({detail}). Nothing was imported.</source>
            <translation>The calendar file could not be read ({detail}). Nothing was imported.</translation>
        </message>
        <message>
            <source>The calendar file has no classes in it.</source>
            <translation>The calendar file has no classes in it.</translation>
        </message>
        <message>
            <source>Class number {number} in the calendar file has no name. Nothing was imported.</source>
            <translation>Class number {number} in the calendar file has no name. Nothing was imported.</translation>
        </message>
        <message>
            <source>The class “{title}” has no start time. Nothing was imported.</source>
            <translation>The class “{title}” has no start time. Nothing was imported.</translation>
        </message>
        <message>
            <source>The {field} of “{title}” cannot be read: {value}. Nothing was imported.</source>
            <translation>The {field} of “{title}” cannot be read: {value}. Nothing was imported.</translation>
        </message>
        <message>
            <source>“{title}” is a whole-day event, not a class with a start time. Nothing was imported.</source>
            <translation>“{title}” is a whole-day event, not a class with a start time. Nothing was imported.</translation>
        </message>
        <message>
            <source>The calendar file is not text (UTF-8). Nothing was imported.</source>
            <translation>The calendar file is not text (UTF-8). Nothing was imported.</translation>
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
            <source>Please wait 1 more second before trying the PIN again.</source>
            <translation>Please wait 1 more second before trying the PIN again.</translation>
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
        <message>
            <source>The settings file could not be read, so nothing was changed.</source>
            <translation>The settings file could not be read, so nothing was changed.</translation>
        </message>
        <message>
            <source>The audio could not be made: {reason}</source>
            <translation>The audio could not be made: {reason}</translation>
        </message>
        <message>
            <source>Reading aloud needs a speech program, and none was found. Please ask a helper to install espeak-ng.</source>
            <translation>Reading aloud needs a speech program, and none was found. Please ask a helper to install espeak-ng.</translation>
        </message>
        <message>
            <source>There is no voice for this lesson's language. Please ask a helper to install the espeak-ng voices (espeak-ng-data).</source>
            <translation>There is no voice for this lesson's language. Please ask a helper to install the espeak-ng voices (espeak-ng-data).</translation>
        </message>
        <message>
            <source>No speakers found: plug in speakers or headphones. The highlight still shows the reading.</source>
            <translation>No speakers found: plug in speakers or headphones. The highlight still shows the reading.</translation>
        </message>
        <message>
            <source>This sentence could not be read aloud, so it was skipped.</source>
            <translation>This sentence could not be read aloud, so it was skipped.</translation>
        </message>
        <message>
            <source>The computer's disk is full, so the lesson cannot be read aloud now. Nothing you saved was lost. Please ask a helper to make some room, then press “Read aloud” again.</source>
            <translation>The computer's disk is full, so the lesson cannot be read aloud now. Nothing you saved was lost. Please ask a helper to make some room, then press “Read aloud” again.</translation>
        </message>
        <message>
            <source>No platform address is set. Run it once with --api-base URL.</source>
            <translation>No platform address is set. Run it once with --api-base URL.</translation>
        </message>
        <message>
            <source>The lesson service sent something we could not read ({where}).</source>
            <translation>The lesson service sent something we could not read ({where}).</translation>
        </message>
        <message>
            <source>The lesson service could not find what we asked for ({where}).</source>
            <translation>The lesson service could not find what we asked for ({where}).</translation>
        </message>
        <message>
            <source>The lesson service sent far too much data ({where}).</source>
            <translation>The lesson service sent far too much data ({where}).</translation>
        </message>
        <message>
            <source>A lesson arrived damaged ({where}). Please try again later.</source>
            <translation>A lesson arrived damaged ({where}). Please try again later.</translation>
        </message>
        <message>
            <source>This course is not finished yet, so there is no certificate for it.</source>
            <translation>This course is not finished yet, so there is no certificate for it.</translation>
        </message>
        <message>
            <source>“{path}” cannot be used here.</source>
            <translation>“{path}” cannot be used here.</translation>
        </message>
        <message>
            <source>There is no file “{path}”.</source>
            <translation>There is no file “{path}”.</translation>
        </message>
        <message>
            <source>The folder “{folder}” does not exist, so “{path}” cannot be made there.</source>
            <translation>The folder “{folder}” does not exist, so “{path}” cannot be made there.</translation>
        </message>
        <message>
            <source>“{path}” is a folder. Please name a file.</source>
            <translation>“{path}” is a folder. Please name a file.</translation>
        </message>
        <message>
            <source>“{path}” is a file. Please name a folder.</source>
            <translation>“{path}” is a file. Please name a folder.</translation>
        </message>
        <message>
            <source>There is no platform course “{id}” on this computer. Run admin sync first, or look up its id with admin catalog.</source>
            <translation>There is no platform course “{id}” on this computer. Run admin sync first, or look up its id with admin catalog.</translation>
        </message>
    </context>
    <context>
        <name>FileChooser</name>
        <message>
            <source>Learner data files (*.json)</source>
            <translation>Learner data files (*.json)</translation>
        </message>
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
        <message>
            <source>Save this learner's data</source>
            <translation>Save this learner's data</translation>
        </message>
        <message>
            <source>Choose a learner data file</source>
            <translation>Choose a learner data file</translation>
        </message>
        <message>
            <source>Calendar files (*.ics)</source>
            <translation>Calendar files (*.ics)</translation>
        </message>
        <message>
            <source>Save the classes as a calendar file</source>
            <translation>Save the classes as a calendar file</translation>
        </message>
        <message>
            <source>Choose a calendar file</source>
            <translation>Choose a calendar file</translation>
        </message>
        <message>
            <source>Course packs (*.zip)</source>
            <translation>Course packs (*.zip)</translation>
        </message>
        <message>
            <source>Save the course pack</source>
            <translation>Save the course pack</translation>
        </message>
        <message>
            <source>Choose a course pack</source>
            <translation>Choose a course pack</translation>
        </message>
    </context>
    <context>
        <name>HandoutHolder</name>
        <message>
            <source>Opening the handout …</source>
            <translation>Opening the handout …</translation>
        </message>
        <message>
            <source>The handout could not be loaded. Please check that this computer is connected, then open the lesson again.</source>
            <translation>The handout could not be loaded. Please check that this computer is connected, then open the lesson again.</translation>
        </message>
    </context>
    <context>
        <name>HandoutView</name>
        <message>
            <source>Handout</source>
            <translation>Handout</translation>
        </message>
        <message>
            <source>This handout could not be opened. It may be damaged.</source>
            <translation>This handout could not be opened. It may be damaged.</translation>
        </message>
        <message>
            <source>This handout is a scanned picture without text, so it cannot be read aloud or shown as large text. You can still make it larger.</source>
            <translation>This handout is a scanned picture without text, so it cannot be read aloud or shown as large text. You can still make it larger.</translation>
        </message>
        <message>
            <source>Handout page</source>
            <translation>Handout page</translation>
        </message>
        <message>
            <source>A page of the handout. Use the arrow keys to move around the page.</source>
            <translation>A page of the handout. Use the arrow keys to move around the page.</translation>
        </message>
        <message>
            <source>◀ Previous page</source>
            <translation>◀ Previous page</translation>
        </message>
        <message>
            <source>Show the page before</source>
            <translation>Show the page before</translation>
        </message>
        <message>
            <source>Next page ▶</source>
            <translation>Next page ▶</translation>
        </message>
        <message>
            <source>Show the next page</source>
            <translation>Show the next page</translation>
        </message>
        <message>
            <source>Smaller</source>
            <translation>Smaller</translation>
        </message>
        <message>
            <source>Make the page smaller</source>
            <translation>Make the page smaller</translation>
        </message>
        <message>
            <source>Larger</source>
            <translation>Larger</translation>
        </message>
        <message>
            <source>Make the page larger</source>
            <translation>Make the page larger</translation>
        </message>
        <message>
            <source>Show as large text</source>
            <translation>Show as large text</translation>
        </message>
        <message>
            <source>Read the handout's words as large text in the reader</source>
            <translation>Read the handout's words as large text in the reader</translation>
        </message>
        <message>
            <source>Page {n} of {total}</source>
            <translation>Page {n} of {total}</translation>
        </message>
        <message>
            <source>Size: {n}%</source>
            <translation>Size: {n}%</translation>
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
            <source>Today's classes</source>
            <translation>Today's classes</translation>
        </message>
        <message>
            <source>No class today</source>
            <translation>No class today</translation>
        </message>
        <message>
            <source>Open my schedule</source>
            <translation>Open my schedule</translation>
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
            <source>My learning</source>
            <translation>My learning</translation>
        </message>
        <message>
            <source>How much you studied this week, and in all.</source>
            <translation>How much you studied this week, and in all.</translation>
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
        <message>
            <source>Online class</source>
            <translation>Online class</translation>
        </message>
    </context>
    <context>
        <name>Keys</name>
        <message>
            <source>Space</source>
            <translation>Space</translation>
        </message>
        <message>
            <source>Backspace</source>
            <translation>Backspace</translation>
        </message>
        <message>
            <source>Page Up</source>
            <translation>Page Up</translation>
        </message>
        <message>
            <source>Page Down</source>
            <translation>Page Down</translation>
        </message>
        <message>
            <source>the Left arrow key</source>
            <translation>the Left arrow key</translation>
        </message>
        <message>
            <source>the Right arrow key</source>
            <translation>the Right arrow key</translation>
        </message>
        <message>
            <source>the Up arrow key</source>
            <translation>the Up arrow key</translation>
        </message>
        <message>
            <source>the Down arrow key</source>
            <translation>the Down arrow key</translation>
        </message>
        <message>
            <source>the Space bar</source>
            <translation>the Space bar</translation>
        </message>
        <message>
            <source>the Backspace key</source>
            <translation>the Backspace key</translation>
        </message>
        <message>
            <source>the minus key</source>
            <translation>the minus key</translation>
        </message>
        <message>
            <source>the equals key</source>
            <translation>the equals key</translation>
        </message>
        <message>
            <source>the Page Up key</source>
            <translation>the Page Up key</translation>
        </message>
        <message>
            <source>the Page Down key</source>
            <translation>the Page Down key</translation>
        </message>
        <message>
            <source>the {key} key</source>
            <translation>the {key} key</translation>
        </message>
        <message>
            <source>You can also press {key}.</source>
            <translation>You can also press {key}.</translation>
        </message>
        <message>
            <source>You can also hold down {modifiers} and press {key}.</source>
            <translation>You can also hold down {modifiers} and press {key}.</translation>
        </message>
        <message>
            <source>{first} and {second}</source>
            <translation>{first} and {second}</translation>
        </message>
        <message>
            <source>{description}. {keys}</source>
            <translation>{description}. {keys}</translation>
        </message>
        <message>
            <source>{label}  ({keys})</source>
            <translation>{label}  ({keys})</translation>
        </message>
    </context>
    <context>
        <name>LargeTextView</name>
        <message>
            <source>Back to the pages</source>
            <translation>Back to the pages</translation>
        </message>
        <message>
            <source>Show the handout's pages again</source>
            <translation>Show the handout's pages again</translation>
        </message>
        <message>
            <source>The handout as large text</source>
            <translation>The handout as large text</translation>
        </message>
    </context>
    <context>
        <name>LearnerData</name>
        <message>
            <source>Your data was saved to {path}.</source>
            <translation>Your data was saved to {path}.</translation>
        </message>
        <message>
            <source>Save my data to a file</source>
            <translation>Save my data to a file</translation>
        </message>
        <message>
            <source>Bring my data in from a file</source>
            <translation>Bring my data in from a file</translation>
        </message>
    </context>
    <context>
        <name>LearningPage</name>
        <message>
            <source>My learning</source>
            <translation>My learning</translation>
        </message>
        <message>
            <source>Read it to me</source>
            <translation>Read it to me</translation>
        </message>
        <message>
            <source>Say how much you studied this week</source>
            <translation>Say how much you studied this week</translation>
        </message>
        <message>
            <source>Minutes each day this week</source>
            <translation>Minutes each day this week</translation>
        </message>
        <message>
            <source>Minutes studied each day this week</source>
            <translation>Minutes studied each day this week</translation>
        </message>
        <message>
            <source>All together</source>
            <translation>All together</translation>
        </message>
        <message numerus="yes">
            <source>Lessons finished this month: %n</source>
            <translation>
                <numerusform>Lessons finished this month: %n</numerusform>
                <numerusform>Lessons finished this month: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Courses completed: %n</source>
            <translation>
                <numerusform>Courses completed: %n</numerusform>
                <numerusform>Courses completed: %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Hours of study in all: {hours}</source>
            <translation>Hours of study in all: {hours}</translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s)</source>
            <translation>
                <numerusform>%n hour</numerusform>
                <numerusform>%n hours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n minute</numerusform>
                <numerusform>%n minutes</numerusform>
            </translation>
        </message>
        <message>
            <source>{hours} {minutes}</source>
            <translation>{hours} {minutes}</translation>
        </message>
        <message>
            <source>This week you have not studied yet. A lesson is there whenever you like.</source>
            <translation>This week you have not studied yet. A lesson is there whenever you like.</translation>
        </message>
        <message>
            <source>This week you studied {time}, most on {day}.</source>
            <translation>This week you studied {time}, most on {day}.</translation>
        </message>
        <message>
            <source>{day}: {time}</source>
            <translation>{day}: {time}</translation>
        </message>
        <message>
            <source>; </source>
            <translation>; </translation>
        </message>
        <message>
            <source>.</source>
            <translation>.</translation>
        </message>
        <message>
            <source>This screen shows how much you studied. The bars are this week's minutes, one bar for each day, and the same numbers are written under them. Below are the lessons you finished this month, the courses you completed and your hours in all. Press Read it to me (F6) to hear a short summary.</source>
            <translation>This screen shows how much you studied. The bars are this week's minutes, one bar for each day, and the same numbers are written under them. Below are the lessons you finished this month, the courses you completed and your hours in all. Press Read it to me (F6) to hear a short summary.</translation>
        </message>
    </context>
    <context>
        <name>LessonMedia</name>
        <message>
            <source>The subtitles for this lesson could not be loaded. It plays without them.</source>
            <translation>The subtitles for this lesson could not be loaded. It plays without them.</translation>
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
            <source>Print</source>
            <translation>Print</translation>
        </message>
        <message>
            <source>Print this lesson in large letters</source>
            <translation>Print this lesson in large letters</translation>
        </message>
        <message>
            <source>Welcome back! Continue from where you stopped: “{quote}”</source>
            <translation>Welcome back! Continue from where you stopped: “{quote}”</translation>
        </message>
        <message>
            <source>Press Read aloud to listen on from there.</source>
            <translation>Press Read aloud to listen on from there.</translation>
        </message>
        <message>
            <source>This is the lesson reader. The lesson text is in the big box; use the Up, Down and Page Down keys to move through it. The buttons on the right make the text larger or smaller. “Bookmark this” keeps your place at the sentence you are reading, with a note if you like; “Mark as done” marks the lesson finished. Press Read aloud (F5, or Space in the text) to hear the lesson; Esc stops, the left and right arrow keys go to the sentence before or after.</source>
            <translation>This is the lesson reader. The lesson text is in the big box; use the Up, Down and Page Down keys to move through it. The buttons on the right make the text larger or smaller. “Bookmark this” keeps your place at the sentence you are reading, with a note if you like; “Mark as done” marks the lesson finished. Press Read aloud (F5, or Space in the text) to hear the lesson; Esc stops, the left and right arrow keys go to the sentence before or after.</translation>
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
        <name>Materials</name>
        <message>
            <source>Video</source>
            <translation>Video</translation>
        </message>
        <message>
            <source>Listen</source>
            <translation>Listen</translation>
        </message>
        <message>
            <source>Handout</source>
            <translation>Handout</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>{label} {minutes} min</source>
            <translation>{label} {minutes} min</translation>
        </message>
        <message>
            <source>{label} {pages} pages</source>
            <translation>{label} {pages} pages</translation>
        </message>
        <message>
            <source>Watch the lesson's video</source>
            <translation>Watch the lesson's video</translation>
        </message>
        <message>
            <source>Listen to the lesson's recording</source>
            <translation>Listen to the lesson's recording</translation>
        </message>
        <message>
            <source>Look at the lesson's handout, or have it read aloud</source>
            <translation>Look at the lesson's handout, or have it read aloud</translation>
        </message>
        <message>
            <source>Read the lesson's text</source>
            <translation>Read the lesson's text</translation>
        </message>
    </context>
    <context>
        <name>MaterialsPanel</name>
        <message>
            <source>What this lesson has</source>
            <translation>What this lesson has</translation>
        </message>
    </context>
    <context>
        <name>MediaPlayerView</name>
        <message>
            <source>Video picture</source>
            <translation>Video picture</translation>
        </message>
        <message>
            <source>Press the Space key to play or pause, the arrow keys to go back or on</source>
            <translation>Press the Space key to play or pause, the arrow keys to go back or on</translation>
        </message>
        <message>
            <source>No loudspeaker was found, so there is no sound. Plug in headphones or a loudspeaker; the picture and the subtitles still work.</source>
            <translation>No loudspeaker was found, so there is no sound. Plug in headphones or a loudspeaker; the picture and the subtitles still work.</translation>
        </message>
        <message>
            <source>the video</source>
            <translation>the video</translation>
        </message>
        <message>
            <source>the recording</source>
            <translation>the recording</translation>
        </message>
        <message>
            <source>▶ Play</source>
            <translation>▶ Play</translation>
        </message>
        <message>
            <source>Play or pause {what} (Space key)</source>
            <translation>Play or pause {what} (Space key)</translation>
        </message>
        <message>
            <source>◀ Back 10 s</source>
            <translation>◀ Back 10 s</translation>
        </message>
        <message>
            <source>Go back 10 seconds</source>
            <translation>Go back 10 seconds</translation>
        </message>
        <message>
            <source>Forward 10 s ▶</source>
            <translation>Forward 10 s ▶</translation>
        </message>
        <message>
            <source>Go forward 10 seconds</source>
            <translation>Go forward 10 seconds</translation>
        </message>
        <message>
            <source>Slower</source>
            <translation>Slower</translation>
        </message>
        <message>
            <source>Switch between slower and normal</source>
            <translation>Switch between slower and normal</translation>
        </message>
        <message>
            <source>Quieter</source>
            <translation>Quieter</translation>
        </message>
        <message>
            <source>Make the sound quieter</source>
            <translation>Make the sound quieter</translation>
        </message>
        <message>
            <source>Louder</source>
            <translation>Louder</translation>
        </message>
        <message>
            <source>Make the sound louder</source>
            <translation>Make the sound louder</translation>
        </message>
        <message>
            <source>Full screen</source>
            <translation>Full screen</translation>
        </message>
        <message>
            <source>Show the picture on the whole screen; Esc comes back</source>
            <translation>Show the picture on the whole screen; Esc comes back</translation>
        </message>
        <message>
            <source>Show as large text</source>
            <translation>Show as large text</translation>
        </message>
        <message>
            <source>Read what is said as large text; choose a line to go there</source>
            <translation>Read what is said as large text; choose a line to go there</translation>
        </message>
        <message>
            <source>✓ Watched</source>
            <translation>✓ Watched</translation>
        </message>
        <message>
            <source>Normal speed</source>
            <translation>Normal speed</translation>
        </message>
        <message>
            <source>Leave full screen</source>
            <translation>Leave full screen</translation>
        </message>
        <message>
            <source>A part of this video is damaged, so the picture stops there for a moment.</source>
            <translation>A part of this video is damaged, so the picture stops there for a moment.</translation>
        </message>
        <message>
            <source>❚❚ Pause</source>
            <translation>❚❚ Pause</translation>
        </message>
        <message>
            <source>Continuing from {time}, where you stopped.</source>
            <translation>Continuing from {time}, where you stopped.</translation>
        </message>
        <message>
            <source>The lesson could not be loaded from the internet. Please check that this computer is connected, then open the lesson again.</source>
            <translation>The lesson could not be loaded from the internet. Please check that this computer is connected, then open the lesson again.</translation>
        </message>
        <message>
            <source>This video is damaged and cannot be played. The rest of the lesson is still here.</source>
            <translation>This video is damaged and cannot be played. The rest of the lesson is still here.</translation>
        </message>
        <message>
            <source>This recording is damaged and cannot be played. The rest of the lesson is still here.</source>
            <translation>This recording is damaged and cannot be played. The rest of the lesson is still here.</translation>
        </message>
        <message>
            <source>{now} of {total}</source>
            <translation>{now} of {total}</translation>
        </message>
        <message>
            <source>Volume: {n}%</source>
            <translation>Volume: {n}%</translation>
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
        <name>PackInstallBar</name>
        <message>
            <source>Install a course pack…</source>
            <translation>Install a course pack…</translation>
        </message>
        <message>
            <source>Add courses from a course pack file, for example on a USB stick</source>
            <translation>Add courses from a course pack file, for example on a USB stick</translation>
        </message>
        <message>
            <source>The course pack was updated: {courses}, {lessons}.</source>
            <translation>The course pack was updated: {courses}, {lessons}.</translation>
        </message>
        <message>
            <source>The course pack was installed: {courses}, {lessons}.</source>
            <translation>The course pack was installed: {courses}, {lessons}.</translation>
        </message>
        <message numerus="yes">
            <source>%n course(s)</source>
            <translation>
                <numerusform>%n course</numerusform>
                <numerusform>%n courses</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n lesson(s)</source>
            <translation>
                <numerusform>%n lesson</numerusform>
                <numerusform>%n lessons</numerusform>
            </translation>
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
        <message>
            <source>Digit {d}</source>
            <translation>Digit {d}</translation>
        </message>
        <message>
            <source>PIN pad</source>
            <translation>PIN pad</translation>
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
        <name>Platform</name>
        <message>
            <source>This lesson is not saved on this computer yet. It will appear here as soon as the computer can reach the lesson service.</source>
            <translation>This lesson is not saved on this computer yet. It will appear here as soon as the computer can reach the lesson service.</translation>
        </message>
        <message>
            <source>Asking the lesson service what is new…</source>
            <translation>Asking the lesson service what is new…</translation>
        </message>
        <message>
            <source>Reading the list of courses…</source>
            <translation>Reading the list of courses…</translation>
        </message>
        <message>
            <source>Fetching courses: {done} of {total}</source>
            <translation>Fetching courses: {done} of {total}</translation>
        </message>
        <message>
            <source>Saving the courses on this computer…</source>
            <translation>Saving the courses on this computer…</translation>
        </message>
        <message>
            <source>Getting the course search ready…</source>
            <translation>Getting the course search ready…</translation>
        </message>
        <message>
            <source>Bringing your classes into your schedule…</source>
            <translation>Bringing your classes into your schedule…</translation>
        </message>
        <message>
            <source>Saving lessons: {done} of {total}</source>
            <translation>Saving lessons: {done} of {total}</translation>
        </message>
        <message>
            <source>Getting ready to save the course…</source>
            <translation>Getting ready to save the course…</translation>
        </message>
        <message>
            <source>Saving videos and handouts: part {done} of {total}</source>
            <translation>Saving videos and handouts: part {done} of {total}</translation>
        </message>
        <message>
            <source>No lesson service address is set yet, so only saved lessons are shown.</source>
            <translation>No lesson service address is set yet, so only saved lessons are shown.</translation>
        </message>
        <message numerus="yes">
            <source>Lessons are up to date: %n course(s).</source>
            <translation>
                <numerusform>Lessons are up to date: %n course.</numerusform>
                <numerusform>Lessons are up to date: %n courses.</numerusform>
            </translation>
        </message>
        <message>
            <source>Saving stopped. What was already saved is kept; press “Save for offline” again to go on.</source>
            <translation>Saving stopped. What was already saved is kept; press “Save for offline” again to go on.</translation>
        </message>
        <message numerus="yes">
            <source>Saved %n lesson(s) on this computer.</source>
            <translation>
                <numerusform>Saved %n lesson on this computer.</numerusform>
                <numerusform>Saved %n lessons on this computer.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) could not be saved; everything else was.</source>
            <translation>
                <numerusform>%n file could not be saved; everything else was.</numerusform>
                <numerusform>%n files could not be saved; everything else was.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Signed in. You are enrolled in %n class(es).</source>
            <translation>
                <numerusform>Signed in. You are enrolled in %n class.</numerusform>
                <numerusform>Signed in. You are enrolled in %n classes.</numerusform>
            </translation>
        </message>
        <message>
            <source>Showing saved lessons: the lesson service cannot be reached now.</source>
            <translation>Showing saved lessons: the lesson service cannot be reached now.</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>My classes: the week of {date}</source>
            <translation>My classes: the week of {date}</translation>
        </message>
        <message>
            <source>No class</source>
            <translation>No class</translation>
        </message>
        <message>
            <source>Place: {place}</source>
            <translation>Place: {place}</translation>
        </message>
        <message>
            <source>Online: {link}</source>
            <translation>Online: {link}</translation>
        </message>
        <message>
            <source>Teacher: {teacher}</source>
            <translation>Teacher: {teacher}</translation>
        </message>
        <message>
            <source>Printed by Silver Classroom</source>
            <translation>Printed by Silver Classroom</translation>
        </message>
    </context>
    <context>
        <name>ReadAloudBar</name>
        <message>
            <source>slow</source>
            <translation>slow</translation>
        </message>
        <message>
            <source>normal</source>
            <translation>normal</translation>
        </message>
        <message>
            <source>brisk</source>
            <translation>brisk</translation>
        </message>
        <message>
            <source>Read aloud</source>
            <translation>Read aloud</translation>
        </message>
        <message>
            <source>▶ Read aloud</source>
            <translation>▶ Read aloud</translation>
        </message>
        <message>
            <source>Read the lesson aloud, or pause the reading</source>
            <translation>Read the lesson aloud, or pause the reading</translation>
        </message>
        <message>
            <source>■ Stop</source>
            <translation>■ Stop</translation>
        </message>
        <message>
            <source>Stop reading aloud</source>
            <translation>Stop reading aloud</translation>
        </message>
        <message>
            <source>◀ Previous</source>
            <translation>◀ Previous</translation>
        </message>
        <message>
            <source>Go to the sentence before</source>
            <translation>Go to the sentence before</translation>
        </message>
        <message>
            <source>Next ▶</source>
            <translation>Next ▶</translation>
        </message>
        <message>
            <source>Go to the next sentence</source>
            <translation>Go to the next sentence</translation>
        </message>
        <message>
            <source>↻ Repeat</source>
            <translation>↻ Repeat</translation>
        </message>
        <message>
            <source>Hear this sentence again</source>
            <translation>Hear this sentence again</translation>
        </message>
        <message>
            <source>Slower</source>
            <translation>Slower</translation>
        </message>
        <message>
            <source>Read more slowly</source>
            <translation>Read more slowly</translation>
        </message>
        <message>
            <source>Faster</source>
            <translation>Faster</translation>
        </message>
        <message>
            <source>Read a little faster</source>
            <translation>Read a little faster</translation>
        </message>
        <message>
            <source>Quieter</source>
            <translation>Quieter</translation>
        </message>
        <message>
            <source>Make the voice quieter</source>
            <translation>Make the voice quieter</translation>
        </message>
        <message>
            <source>Louder</source>
            <translation>Louder</translation>
        </message>
        <message>
            <source>Make the voice louder</source>
            <translation>Make the voice louder</translation>
        </message>
        <message>
            <source>Test sound</source>
            <translation>Test sound</translation>
        </message>
        <message>
            <source>Hear a short sentence to check the sound</source>
            <translation>Hear a short sentence to check the sound</translation>
        </message>
        <message>
            <source>This is a sound test. If you can hear this sentence, the sound works.</source>
            <translation>This is a sound test. If you can hear this sentence, the sound works.</translation>
        </message>
        <message>
            <source>❚❚ Pause</source>
            <translation>❚❚ Pause</translation>
        </message>
        <message>
            <source>▶ Continue</source>
            <translation>▶ Continue</translation>
        </message>
        <message>
            <source>Speed: {name}</source>
            <translation>Speed: {name}</translation>
        </message>
        <message>
            <source>Volume: {n}%</source>
            <translation>Volume: {n}%</translation>
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
        <name>Recovery</name>
        <message>
            <source>Your saved data was damaged, so we brought back the copy saved on {when}: {bookmarks} and your progress in {lessons}. Anything you did after that time may be missing.</source>
            <translation>Your saved data was damaged, so we brought back the copy saved on {when}: {bookmarks} and your progress in {lessons}. Anything you did after that time may be missing.</translation>
        </message>
        <message>
            <source>Your saved data was damaged and there was no good copy to bring back, so your bookmarks and progress start afresh. The damaged file was kept as {file}.</source>
            <translation>Your saved data was damaged and there was no good copy to bring back, so your bookmarks and progress start afresh. The damaged file was kept as {file}.</translation>
        </message>
        <message numerus="yes">
            <source>%n bookmark(s)</source>
            <translation>
                <numerusform>%n bookmark</numerusform>
                <numerusform>%n bookmarks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n lesson(s)</source>
            <translation>
                <numerusform>%n lesson</numerusform>
                <numerusform>%n lessons</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReminderBar</name>
        <message>
            <source>Join class</source>
            <translation>Join class</translation>
        </message>
        <message>
            <source>Open the online class in your web browser</source>
            <translation>Open the online class in your web browser</translation>
        </message>
        <message>
            <source>Remind me in 5 minutes</source>
            <translation>Remind me in 5 minutes</translation>
        </message>
        <message>
            <source>Hide this reminder and show it again in 5 minutes</source>
            <translation>Hide this reminder and show it again in 5 minutes</translation>
        </message>
        <message>
            <source>Remind me in 10 minutes</source>
            <translation>Remind me in 10 minutes</translation>
        </message>
        <message>
            <source>Hide this reminder and show it again in 10 minutes</source>
            <translation>Hide this reminder and show it again in 10 minutes</translation>
        </message>
        <message>
            <source>OK, got it</source>
            <translation>OK, got it</translation>
        </message>
        <message>
            <source>Close this reminder; it will not come back</source>
            <translation>Close this reminder; it will not come back</translation>
        </message>
    </context>
    <context>
        <name>ReminderOptions</name>
        <message>
            <source>Reminders</source>
            <translation>Reminders</translation>
        </message>
        <message>
            <source>Reminders come 30 and 5 minutes before each class, in large letters and spoken aloud. So that you do not miss one, Silver Classroom can keep running when you close its window, and start when you log in.</source>
            <translation>Reminders come 30 and 5 minutes before each class, in large letters and spoken aloud. So that you do not miss one, Silver Classroom can keep running when you close its window, and start when you log in.</translation>
        </message>
        <message>
            <source>Keep reminding me when the window is closed</source>
            <translation>Keep reminding me when the window is closed</translation>
        </message>
        <message>
            <source>Silver Classroom stays by the clock and reminds you of classes</source>
            <translation>Silver Classroom stays by the clock and reminds you of classes</translation>
        </message>
        <message>
            <source>Start Silver Classroom when I log in</source>
            <translation>Start Silver Classroom when I log in</translation>
        </message>
        <message>
            <source>Silver Classroom opens by itself when the computer starts</source>
            <translation>Silver Classroom opens by itself when the computer starts</translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <source>in {place}</source>
            <translation>in {place}</translation>
        </message>
        <message>
            <source>online</source>
            <translation>online</translation>
        </message>
        <message numerus="yes">
            <source>Your {title} class starts in %n minute(s), {where}.</source>
            <translation>
                <numerusform>Your {title} class starts in %n minute, {where}.</numerusform>
                <numerusform>Your {title} class starts in %n minutes, {where}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Your {title} class starts in %n minute(s).</source>
            <translation>
                <numerusform>Your {title} class starts in %n minute.</numerusform>
                <numerusform>Your {title} class starts in %n minutes.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your {title} class starts now, {where}.</source>
            <translation>Your {title} class starts now, {where}.</translation>
        </message>
        <message>
            <source>Your {title} class starts now.</source>
            <translation>Your {title} class starts now.</translation>
        </message>
        <message>
            <source>Your {title} class started at {time}, {where}.</source>
            <translation>Your {title} class started at {time}, {where}.</translation>
        </message>
        <message>
            <source>Your {title} class started at {time}.</source>
            <translation>Your {title} class started at {time}.</translation>
        </message>
        <message>
            <source>Class reminder</source>
            <translation>Class reminder</translation>
        </message>
    </context>
    <context>
        <name>SaveOfflineBar</name>
        <message>
            <source>Save for offline</source>
            <translation>Save for offline</translation>
        </message>
        <message>
            <source>Keep every lesson of this course on this computer, with its videos and handouts</source>
            <translation>Keep every lesson of this course on this computer, with its videos and handouts</translation>
        </message>
        <message>
            <source>Stop saving</source>
            <translation>Stop saving</translation>
        </message>
        <message>
            <source>Stop saving this course; what is already saved is kept</source>
            <translation>Stop saving this course; what is already saved is kept</translation>
        </message>
        <message>
            <source>Progress of saving the course</source>
            <translation>Progress of saving the course</translation>
        </message>
        <message>
            <source>This course is saved on this computer.</source>
            <translation>This course is saved on this computer.</translation>
        </message>
    </context>
    <context>
        <name>SchedulePage</name>
        <message>
            <source>My schedule</source>
            <translation>My schedule</translation>
        </message>
        <message>
            <source>Add a class</source>
            <translation>Add a class</translation>
        </message>
        <message>
            <source>Add a new class to your timetable, step by step</source>
            <translation>Add a new class to your timetable, step by step</translation>
        </message>
        <message>
            <source>Print this week</source>
            <translation>Print this week</translation>
        </message>
        <message>
            <source>Print this week's timetable in large letters</source>
            <translation>Print this week's timetable in large letters</translation>
        </message>
        <message>
            <source>Add from a calendar file</source>
            <translation>Add from a calendar file</translation>
        </message>
        <message>
            <source>Add the classes of an .ics calendar file</source>
            <translation>Add the classes of an .ics calendar file</translation>
        </message>
        <message>
            <source>Save to a calendar file</source>
            <translation>Save to a calendar file</translation>
        </message>
        <message>
            <source>Save all your classes to an .ics calendar file</source>
            <translation>Save all your classes to an .ics calendar file</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Bring back the class you just deleted</source>
            <translation>Bring back the class you just deleted</translation>
        </message>
        <message>
            <source>You have no classes this week or next week. Press “Add a class” to add one.</source>
            <translation>You have no classes this week or next week. Press “Add a class” to add one.</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>Later this week</source>
            <translation>Later this week</translation>
        </message>
        <message>
            <source>Next week</source>
            <translation>Next week</translation>
        </message>
        <message>
            <source>No classes.</source>
            <translation>No classes.</translation>
        </message>
        <message>
            <source>Open this class in your web browser?
{link}</source>
            <translation>Open this class in your web browser?
{link}</translation>
        </message>
        <message>
            <source>Yes, open it</source>
            <translation>Yes, open it</translation>
        </message>
        <message>
            <source>Delete “{title}” and all its sessions?</source>
            <translation>Delete “{title}” and all its sessions?</translation>
        </message>
        <message>
            <source>Yes, delete</source>
            <translation>Yes, delete</translation>
        </message>
        <message>
            <source>“{title}” was deleted.</source>
            <translation>“{title}” was deleted.</translation>
        </message>
        <message>
            <source>“{title}” is back.</source>
            <translation>“{title}” is back.</translation>
        </message>
        <message>
            <source>The file could not be opened.</source>
            <translation>The file could not be opened.</translation>
        </message>
        <message numerus="yes">
            <source>%n class(es) added from the file.</source>
            <translation>
                <numerusform>%n class added from the file.</numerusform>
                <numerusform>%n classes added from the file.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n class(es) saved to {name}.</source>
            <translation>
                <numerusform>%n class saved to {name}.</numerusform>
                <numerusform>%n classes saved to {name}.</numerusform>
            </translation>
        </message>
        <message>
            <source>This week's timetable was sent to the printer.</source>
            <translation>This week's timetable was sent to the printer.</translation>
        </message>
        <message>
            <source>This is your class timetable: today's classes first, then the rest of this week and next week. Press “Add a class” to add one. Each class has buttons to join it online, change it or delete it. You can also print this week.</source>
            <translation>This is your class timetable: today's classes first, then the rest of this week and next week. Press “Add a class” to add one. Each class has buttons to join it online, change it or delete it. You can also print this week.</translation>
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
            <source>Show keyboard keys on buttons</source>
            <translation>Show keyboard keys on buttons</translation>
        </message>
        <message>
            <source>Share my learning record with the platform</source>
            <translation>Share my learning record with the platform</translation>
        </message>
        <message>
            <source>Sharing question asked</source>
            <translation>Sharing question asked</translation>
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
        <message>
            <source>Smaller files (360p)</source>
            <translation>Smaller files (360p)</translation>
        </message>
        <message>
            <source>Saved videos take the least room on this computer</source>
            <translation>Saved videos take the least room on this computer</translation>
        </message>
        <message>
            <source>Standard (480p, recommended)</source>
            <translation>Standard (480p, recommended)</translation>
        </message>
        <message>
            <source>Clear enough for lesson videos, without filling the disk</source>
            <translation>Clear enough for lesson videos, without filling the disk</translation>
        </message>
        <message>
            <source>Sharper (720p)</source>
            <translation>Sharper (720p)</translation>
        </message>
        <message>
            <source>Sharper pictures; saved videos take about twice the room</source>
            <translation>Sharper pictures; saved videos take about twice the room</translation>
        </message>
        <message>
            <source>Sharpest (1080p)</source>
            <translation>Sharpest (1080p)</translation>
        </message>
        <message>
            <source>The sharpest pictures; saved videos take the most room</source>
            <translation>The sharpest pictures; saved videos take the most room</translation>
        </message>
        <message>
            <source>Video quality for saved courses</source>
            <translation>Video quality for saved courses</translation>
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
            <source>Used when a course is saved for offline, for every learner on this computer. Videos saved before keep their quality.</source>
            <translation>Used when a course is saved for offline, for every learner on this computer. Videos saved before keep their quality.</translation>
        </message>
        <message>
            <source>Change the setting “{setting}”</source>
            <translation>Change the setting “{setting}”</translation>
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
        <name>ShareQuestion</name>
        <message>
            <source>Share my learning record with the platform? It tells the platform which lessons you studied and for how long, for your lifelong-learning record.</source>
            <translation>Share my learning record with the platform? It tells the platform which lessons you studied and for how long, for your lifelong-learning record.</translation>
        </message>
        <message>
            <source>Yes, share it</source>
            <translation>Yes, share it</translation>
        </message>
        <message>
            <source>Send my learning record to the platform</source>
            <translation>Send my learning record to the platform</translation>
        </message>
        <message>
            <source>No, keep it here</source>
            <translation>No, keep it here</translation>
        </message>
        <message>
            <source>Keep my learning record only on this computer</source>
            <translation>Keep my learning record only on this computer</translation>
        </message>
        <message>
            <source>Thank you. Your learning record will be shared. A caregiver can change this in Settings.</source>
            <translation>Thank you. Your learning record will be shared. A caregiver can change this in Settings.</translation>
        </message>
        <message>
            <source>Thank you. Your learning record stays on this computer. A caregiver can change this in Settings.</source>
            <translation>Thank you. Your learning record stays on this computer. A caregiver can change this in Settings.</translation>
        </message>
    </context>
    <context>
        <name>SignInPage</name>
        <message>
            <source>Sign in to the lesson platform</source>
            <translation>Sign in to the lesson platform</translation>
        </message>
        <message>
            <source>Paste the sign-in code you were given by the platform, your teacher or a helper. It is kept safely in this computer's keyring, only for you.</source>
            <translation>Paste the sign-in code you were given by the platform, your teacher or a helper. It is kept safely in this computer's keyring, only for you.</translation>
        </message>
        <message>
            <source>Sign-in code</source>
            <translation>Sign-in code</translation>
        </message>
        <message>
            <source>Paste the sign-in code here</source>
            <translation>Paste the sign-in code here</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <source>Keep this sign-in code</source>
            <translation>Keep this sign-in code</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Sign out</translation>
        </message>
        <message>
            <source>Remove the sign-in code from this computer</source>
            <translation>Remove the sign-in code from this computer</translation>
        </message>
        <message>
            <source>You are signed in.</source>
            <translation>You are signed in.</translation>
        </message>
        <message>
            <source>You are not signed in.</source>
            <translation>You are not signed in.</translation>
        </message>
        <message>
            <source>Please paste your sign-in code first.</source>
            <translation>Please paste your sign-in code first.</translation>
        </message>
        <message>
            <source>You are signed out. Your sign-in code was removed from this computer.</source>
            <translation>You are signed out. Your sign-in code was removed from this computer.</translation>
        </message>
        <message>
            <source>On this screen you can sign in to the lesson platform by pasting your sign-in code, or sign out. Your code is kept only in this computer's keyring.</source>
            <translation>On this screen you can sign in to the lesson platform by pasting your sign-in code, or sign out. Your code is kept only in this computer's keyring.</translation>
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
        <name>TranscriptView</name>
        <message>
            <source>Back to the picture</source>
            <translation>Back to the picture</translation>
        </message>
        <message>
            <source>Show the video and its buttons again</source>
            <translation>Show the video and its buttons again</translation>
        </message>
        <message>
            <source>Choose a line to hear it from there.</source>
            <translation>Choose a line to hear it from there.</translation>
        </message>
        <message>
            <source>What is said, as large text</source>
            <translation>What is said, as large text</translation>
        </message>
        <message>
            <source>Press Enter on a line to play the recording from that line</source>
            <translation>Press Enter on a line to play the recording from that line</translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message>
            <source>Silver Classroom: class reminders are on</source>
            <translation>Silver Classroom: class reminders are on</translation>
        </message>
        <message>
            <source>Open Silver Classroom</source>
            <translation>Open Silver Classroom</translation>
        </message>
        <message>
            <source>Quit (no more reminders)</source>
            <translation>Quit (no more reminders)</translation>
        </message>
    </context>
    <context>
        <name>UpdateBar</name>
        <message>
            <source>Update lessons</source>
            <translation>Update lessons</translation>
        </message>
        <message>
            <source>Fetch the newest courses from the lesson service</source>
            <translation>Fetch the newest courses from the lesson service</translation>
        </message>
        <message>
            <source>Progress of the update</source>
            <translation>Progress of the update</translation>
        </message>
        <message>
            <source>Showing saved lessons. The lesson service cannot be reached right now.</source>
            <translation>Showing saved lessons. The lesson service cannot be reached right now.</translation>
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
            <source>Press to choose “{option}”</source>
            <translation>Press to choose “{option}”</translation>
        </message>
        <message>
            <source>This is chosen now: “{option}”</source>
            <translation>This is chosen now: “{option}”</translation>
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
            <source>Finish setting up and go to the home screen</source>
            <translation>Finish setting up and go to the home screen</translation>
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
