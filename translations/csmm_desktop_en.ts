<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>ActionsTab</name>
    <message numerus="yes">
        <location filename="../csmm_desktop/views/engagement/actions_tab.py" line="+214"/>
        <source>%1 of %n action(s) shown</source>
        <translation>
            <numerusform>%1 of %n action shown</numerusform>
            <numerusform>%1 of %n actions shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+85"/>
        <source>Delete the action “%1” with its history of %n revision(s)?</source>
        <translation>
            <numerusform>Delete the action “%1” with its history of %n revision?</numerusform>
            <numerusform>Delete the action “%1” with its history of %n revisions?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundlePreviewDialog</name>
    <message numerus="yes">
        <location filename="../csmm_desktop/views/bundle_flow.py" line="+205"/>
        <source>%n row(s) deleted on this laptop stay deleted.</source>
        <translation>
            <numerusform>%n row deleted on this laptop stays deleted.</numerusform>
            <numerusform>%n rows deleted on this laptop stay deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message numerus="yes">
        <location filename="../csmm_desktop/views/crash_dialog.py" line="+252"/>
        <source>%n more error(s) happened since; their details are below.</source>
        <translation>
            <numerusform>%n more error happened since; its details are below.</numerusform>
            <numerusform>%n more errors happened since; their details are below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CxFeedbackPage</name>
    <message numerus="yes">
        <location filename="../csmm_desktop/views/cxboard/feedback_page.py" line="+94"/>
        <source>%1 of %n entries shown, newest first</source>
        <translation>
            <numerusform>%1 of %n entry shown, newest first</numerusform>
            <numerusform>%1 of %n entries shown, newest first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n entries shown</source>
        <translation>
            <numerusform>%1 of %n entry shown</numerusform>
            <numerusform>%1 of %n entries shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CxNpsCountsDialog</name>
    <message numerus="yes">
        <location filename="../csmm_desktop/views/cxboard/nps_counts_dialog.py" line="+109"/>
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n promoter(s)</source>
        <translation>
            <numerusform>%n promoter</numerusform>
            <numerusform>%n promoters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n passive(s)</source>
        <translation>
            <numerusform>%n passive</numerusform>
            <numerusform>%n passives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n detractor(s)</source>
        <translation>
            <numerusform>%n detractor</numerusform>
            <numerusform>%n detractors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CxNpsPage</name>
    <message numerus="yes">
        <location filename="../csmm_desktop/views/cxboard/nps_page.py" line="+120"/>
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n promoter(s)</source>
        <translation>
            <numerusform>%n promoter</numerusform>
            <numerusform>%n promoters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n passive(s)</source>
        <translation>
            <numerusform>%n passive</numerusform>
            <numerusform>%n passives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n detractor(s)</source>
        <translation>
            <numerusform>%n detractor</numerusform>
            <numerusform>%n detractors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CxProjectsPage</name>
    <message numerus="yes">
        <location filename="../csmm_desktop/views/cxboard/projects_page.py" line="+130"/>
        <source>%1 of %n project(s) shown</source>
        <translation>
            <numerusform>%1 of %n project shown</numerusform>
            <numerusform>%1 of %n projects shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+75"/>
        <source>Delete the CX project “%1” with its history of %n revision(s)? Feedback linked to it stays, without the link.</source>
        <translation>
            <numerusform>Delete the CX project “%1” with its history of %n revision? Feedback linked to it stays, without the link.</numerusform>
            <numerusform>Delete the CX project “%1” with its history of %n revisions? Feedback linked to it stays, without the link.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CxReasonsPage</name>
    <message numerus="yes">
        <location filename="../csmm_desktop/views/cxboard/reasons_page.py" line="+150"/>
        <source>%Ln contact(s) with a reason in %1; the top 10 are %2 of them.</source>
        <translation>
            <numerusform>%Ln contact with a reason in %1; the top 10 are %2 of it.</numerusform>
            <numerusform>%Ln contacts with a reason in %1; the top 10 are %2 of them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message numerus="yes">
        <location filename="../csmm_desktop/views/dashboard.py" line="+446"/>
        <source>%1 %2 (%n respondent(s))</source>
        <translation>
            <numerusform>%1 %2 (%n respondent)</numerusform>
            <numerusform>%1 %2 (%n respondents)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n comment</numerusform>
            <numerusform>%n comments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+191"/>
        <source>%1: %n answer(s) with a score, %2 N/A. Each answer is turned into 0–100 (1–5 scales: (value − 1) / 4; yes / partly / no: 1 / 0.5 / 0; 0–10: value / 10).</source>
        <translation>
            <numerusform>%1: %n answer with a score, %2 N/A. Each answer is turned into 0–100 (1–5 scales: (value − 1) / 4; yes / partly / no: 1 / 0.5 / 0; 0–10: value / 10).</numerusform>
            <numerusform>%1: %n answers with a score, %2 N/A. Each answer is turned into 0–100 (1–5 scales: (value − 1) / 4; yes / partly / no: 1 / 0.5 / 0; 0–10: value / 10).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../csmm_desktop/views/import_dialog.py" line="+78"/>
        <source>%n respondent(s)</source>
        <translation>
            <numerusform>%n respondent</numerusform>
            <numerusform>%n respondents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln answer(s)</source>
        <translation>
            <numerusform>%Ln answer</numerusform>
            <numerusform>%Ln answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n of these respondents are already in this snapshot. Replacing them deletes their answers and imports the file&apos;s instead; this cannot be undone (the automatic backups keep older copies).</source>
        <translation>
            <numerusform>%n of these respondents is already in this snapshot. Replacing it deletes its answers and imports the file&apos;s instead; this cannot be undone (the automatic backups keep older copies).</numerusform>
            <numerusform>%n of these respondents are already in this snapshot. Replacing them deletes their answers and imports the file&apos;s instead; this cannot be undone (the automatic backups keep older copies).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message numerus="yes">
        <location filename="../csmm_desktop/views/import_flow.py" line="+185"/>
        <source>Imported %n respondent(s).</source>
        <translation>
            <numerusform>Imported %n respondent.</numerusform>
            <numerusform>Imported %n respondents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n of them were replaced.</source>
        <translation>
            <numerusform>%n of them was replaced.</numerusform>
            <numerusform>%n of them were replaced.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../csmm_desktop/views/main_window.py" line="+267"/>
        <source>%n snapshot(s)</source>
        <translation>
            <numerusform>%n snapshot</numerusform>
            <numerusform>%n snapshots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n respondent(s)</source>
        <translation>
            <numerusform>%n respondent</numerusform>
            <numerusform>%n respondents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete the %1 snapshot of %2 with its %n respondent(s) and their answers?</source>
        <translation>
            <numerusform>Delete the %1 snapshot of %2 with its %n respondent and their answers?</numerusform>
            <numerusform>Delete the %1 snapshot of %2 with its %n respondents and their answers?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NumbersTab</name>
    <message numerus="yes">
        <location filename="../csmm_desktop/views/engagement/numbers_tab.py" line="+231"/>
        <source>The %Ln contact(s) recorded for it in all snapshots are deleted with it.</source>
        <translation>
            <numerusform>The %Ln contact recorded for it in all snapshots is deleted with it.</numerusform>
            <numerusform>The %Ln contacts recorded for it in all snapshots are deleted with it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+105"/>
        <source>Total: %Ln contact(s)</source>
        <translation>
            <numerusform>Total: %Ln contact</numerusform>
            <numerusform>Total: %Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+112"/>
        <source>Clear %n selected count(s) of %1?</source>
        <translation>
            <numerusform>Clear %n selected count of %1?</numerusform>
            <numerusform>Clear %n selected counts of %1?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RespondentBulk</name>
    <message numerus="yes">
        <location filename="../csmm_desktop/views/respondent_bulk.py" line="+30"/>
        <source>%n respondent(s)</source>
        <translation>
            <numerusform>%n respondent</numerusform>
            <numerusform>%n respondents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete the %n selected respondent(s) and all their answers?</source>
        <translation>
            <numerusform>Delete the %n selected respondent and all their answers?</numerusform>
            <numerusform>Delete the %n selected respondents and all their answers?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Name the %n selected respondent(s) with this text and a number:</source>
        <translation>
            <numerusform>Name the %n selected respondent with this text and a number:</numerusform>
            <numerusform>Name the %n selected respondents with this text and a number:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scores</name>
    <message numerus="yes">
        <location filename="../csmm_desktop/views/score_text.py" line="+28"/>
        <source>%n client answer(s)</source>
        <translation>
            <numerusform>%n client answer</numerusform>
            <numerusform>%n client answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 mgmt · %2 staff · %n client(s)</source>
        <translation>
            <numerusform>%1 mgmt · %2 staff · %n client</numerusform>
            <numerusform>%1 mgmt · %2 staff · %n clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message numerus="yes">
        <location filename="../csmm_desktop/views/trash_dialog.py" line="+115"/>
        <source>Delete %n item(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n item for good? This cannot be undone.</numerusform>
            <numerusform>Delete %n items for good? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Empty the Trash: delete %n item(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>Empty the Trash: delete %n item for good? This cannot be undone.</numerusform>
            <numerusform>Empty the Trash: delete %n items for good? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkshopsTab</name>
    <message numerus="yes">
        <location filename="../csmm_desktop/views/engagement/workshops_tab.py" line="+285"/>
        <source>Delete the workshop of %1? The %n action(s) decided there stay, no longer linked to it.</source>
        <translation>
            <numerusform>Delete the workshop of %1? The %n action decided there stays, no longer linked to it.</numerusform>
            <numerusform>Delete the workshop of %1? The %n actions decided there stay, no longer linked to it.</numerusform>
        </translation>
    </message>
</context>
</TS>
