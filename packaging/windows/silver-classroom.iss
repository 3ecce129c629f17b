; Inno Setup script for Windows: NOT RUN HERE (written on Linux; see README.md beside it).
; Build on Windows after `pyinstaller packaging\silver-classroom.spec`:
;     iscc /DAppVersion=0.1.0 packaging\windows\silver-classroom.iss
; Gives dist\silver-classroom-<version>-setup.exe: installs dist\silver-classroom\ per user
; (no administrator needed; an administrator may choose "all users"), a Start-menu entry,
; an uninstaller, and an optional "Start at login" (the same Run value the app's own switch
; writes: app/services/reminders/start_at_login.py). Learners' data in %APPDATA% is kept
; when uninstalling.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6C1E5A52-3F5B-4E0B-9A8E-2B1D6F0C7A11}
AppName=Silver Classroom
AppVerName=Silver Classroom {#AppVersion}
AppVersion={#AppVersion}
AppPublisher=Silver Classroom developers
DefaultDirName={autopf}\Silver Classroom
DefaultGroupName=Silver Classroom
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=silver-classroom-{#AppVersion}-setup
SetupIconFile=silver-classroom.ico
UninstallDisplayIcon={app}\silver-classroom.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; Big, calm wizard text for older eyes and their helpers.
WizardSizePercent=150

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
chinesesimplified.StartAtLogin=开机时启动银龄课堂（上课提醒）
english.StartAtLogin=Start Silver Classroom at login (class reminders)
chinesesimplified.AppName=银龄课堂
english.AppName=Silver Classroom

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"
Name: "startatlogin"; Description: "{cm:StartAtLogin}"; Flags: unchecked

[Files]
Source: "..\..\dist\silver-classroom\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{cm:AppName}"; Filename: "{app}\silver-classroom.exe"
Name: "{group}\{cm:UninstallProgram,{cm:AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{cm:AppName}"; Filename: "{app}\silver-classroom.exe"; Tasks: desktopicon

[Registry]
; The same value as the app's "Start when the computer starts" switch, so both agree;
; removed by the uninstaller.
Root: HKCU; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueType: string; ValueName: "SilverClassroom"; ValueData: """{app}\silver-classroom.exe"""; Tasks: startatlogin; Flags: uninsdeletevalue

[Run]
Filename: "{app}\silver-classroom.exe"; Description: "{cm:LaunchProgram,{cm:AppName}}"; Flags: nowait postinstall skipifsilent
