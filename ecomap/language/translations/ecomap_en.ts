<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Canvas</name>
    <message numerus="yes">
        <source>Arranging %n people and places…</source>
        <translation>
            <numerusform>Arranging %n person or place…</numerusform>
            <numerusform>Arranging %n people and places…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CanvasAccess</name>
    <message numerus="yes">
        <source>the client, %n tie(s)</source>
        <translation>
            <numerusform>the client, %n tie</numerusform>
            <numerusform>the client, %n ties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other tie(s)</source>
        <translation>
            <numerusform>%n other tie</numerusform>
            <numerusform>%n other ties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open action(s) in the plan</source>
        <translation>
            <numerusform>%n open action in the plan</numerusform>
            <numerusform>%n open actions in the plan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeList</name>
    <message numerus="yes">
        <source>Heading of %n line(s)</source>
        <translation>
            <numerusform>Heading of %n line</numerusform>
            <numerusform>Heading of %n lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeWords</name>
    <message numerus="yes">
        <source>Notes changed on %n tie(s): {names}</source>
        <translation>
            <numerusform>Notes changed on %n tie: {names}</numerusform>
            <numerusform>Notes changed on %n ties: {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ended</source>
        <translation>
            <numerusform>%n ended</numerusform>
            <numerusform>%n ended</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stronger</source>
        <translation>
            <numerusform>%n stronger</numerusform>
            <numerusform>%n stronger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weaker</source>
        <translation>
            <numerusform>%n weaker</numerusform>
            <numerusform>%n weaker</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n re-typed</source>
        <translation>
            <numerusform>%n re-typed</numerusform>
            <numerusform>%n re-typed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stress change(s)</source>
        <translation>
            <numerusform>%n stress change</numerusform>
            <numerusform>%n stress changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other change(s)</source>
        <translation>
            <numerusform>%n other change</numerusform>
            <numerusform>%n other changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliArrange</name>
    <message numerus="yes">
        <source>%n label(s) shortened to fit (whole in the editor and the PDF).</source>
        <translation>
            <numerusform>%n label is shortened to fit (whole in the editor and the PDF).</numerusform>
            <numerusform>%n labels are shortened to fit (whole in the editor and the PDF).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved: {moved} of %n people and places.</source>
        <translation>
            <numerusform>Moved: {moved} of %n person or place.</numerusform>
            <numerusform>Moved: {moved} of %n people and places.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliCohort</name>
    <message numerus="yes">
        <source>{output}: wrote the cohort of %n case(s)</source>
        <translation>
            <numerusform>{output}: wrote the cohort of %n case</numerusform>
            <numerusform>{output}: wrote the cohort of %n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cohort of %n case(s), {start} to {end}</source>
        <translation>
            <numerusform>Cohort of %n case, {start} to {end}</numerusform>
            <numerusform>Cohort of %n cases, {start} to {end}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cohort of %n case(s)</source>
        <translation>
            <numerusform>Cohort of %n case</numerusform>
            <numerusform>Cohort of %n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more asset(s) reached by fewer than {k} cases not shown.</source>
        <translation>
            <numerusform>%n more asset reached by fewer than {k} cases not shown.</numerusform>
            <numerusform>%n more assets reached by fewer than {k} cases not shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliPlan</name>
    <message numerus="yes">
        <source>Plan (%n action(s)):</source>
        <translation>
            <numerusform>Plan (%n action):</numerusform>
            <numerusform>Plan (%n actions):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{output}: wrote %n action(s) {from_versions}</source>
        <translation>
            <numerusform>{output}: wrote %n action {from_versions}</numerusform>
            <numerusform>{output}: wrote %n actions {from_versions}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %n version(s)</source>
        <translation>
            <numerusform>from %n version</numerusform>
            <numerusform>from %n versions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliProtect</name>
    <message numerus="yes">
        <source>the passphrase is short (%n character(s)); several words together are easier to remember and much harder to guess</source>
        <translation>
            <numerusform>the passphrase is short (%n character); several words together are easier to remember and much harder to guess</numerusform>
            <numerusform>the passphrase is short (%n characters); several words together are easier to remember and much harder to guess</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliReading</name>
    <message numerus="yes">
        <source>{case}: ok: %n version(s){draft}{protection}; hash chain intact (latest {hash})</source>
        <translation>
            <numerusform>{case}: ok: %n version{draft}{protection}; hash chain intact (latest {hash})</numerusform>
            <numerusform>{case}: ok: %n versions{draft}{protection}; hash chain intact (latest {hash})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{case}: %n problem(s) found</source>
        <translation>
            <numerusform>{case}: %n problem(s) found</numerusform>
            <numerusform>{case}: %n problem(s) found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliWriting</name>
    <message numerus="yes">
        <source>{source}: imported %n version(s) ({format})</source>
        <translation>
            <numerusform>{source}: imported %n version ({format})</numerusform>
            <numerusform>{source}: imported %n versions ({format})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{case}: now has %n version(s)</source>
        <translation>
            <numerusform>{case}: now has %n version</numerusform>
            <numerusform>{case}: now has %n versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{case}: created with %n version(s)</source>
        <translation>
            <numerusform>{case}: created with %n version</numerusform>
            <numerusform>{case}: created with %n versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{output}: wrote %n version(s) (pseudonymised)</source>
        <translation>
            <numerusform>{output}: wrote %n version (pseudonymised)</numerusform>
            <numerusform>{output}: wrote %n versions (pseudonymised)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{output}: wrote %n version(s)</source>
        <translation>
            <numerusform>{output}: wrote %n version</numerusform>
            <numerusform>{output}: wrote %n versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{output}: wrote a summary of %n version(s) ({numbers}) (pseudonymised)</source>
        <translation>
            <numerusform>{output}: wrote a summary of %n version ({numbers}) (pseudonymised)</numerusform>
            <numerusform>{output}: wrote a summary of %n versions ({numbers}) (pseudonymised)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{output}: wrote a summary of %n version(s) ({numbers})</source>
        <translation>
            <numerusform>{output}: wrote a summary of %n version ({numbers})</numerusform>
            <numerusform>{output}: wrote a summary of %n versions ({numbers})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CohortSummary</name>
    <message numerus="yes">
        <source>%n file(s) skipped</source>
        <translation>
            <numerusform>%n file skipped</numerusform>
            <numerusform>%n files skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) read</source>
        <translation>
            <numerusform>%n case read</numerusform>
            <numerusform>%n cases read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Delete %n item</numerusform>
            <numerusform>Delete %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>Move %n item</numerusform>
            <numerusform>Move %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tie(s)</source>
        <translation>
            <numerusform>%n tie</numerusform>
            <numerusform>%n ties</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataExport</name>
    <message numerus="yes">
        <source>Exported %n version(s) (pseudonymised) to {file}</source>
        <translation>
            <numerusform>Exported %n version (pseudonymised) to {file}</numerusform>
            <numerusform>Exported %n versions (pseudonymised) to {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n version(s) to {file}</source>
        <translation>
            <numerusform>Exported %n version to {file}</numerusform>
            <numerusform>Exported %n versions to {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message numerus="yes">
        <source>%n-month review</source>
        <translation>
            <numerusform>%n-month review</numerusform>
            <numerusform>%n-month review</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n version</numerusform>
            <numerusform>%n versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n version(s) from {file} to {case}?</source>
        <translation>
            <numerusform>Add %n version from {file} to {case}?</numerusform>
            <numerusform>Add %n versions from {file} to {case}?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n version(s)</source>
        <translation>
            <numerusform>Add %n version</numerusform>
            <numerusform>Add %n versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n version(s) from {file} into {target}</source>
        <translation>
            <numerusform>Imported %n version from {file} into {target}</numerusform>
            <numerusform>Imported %n versions from {file} into {target}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message numerus="yes">
        <source>%n ties selected: a change applies to all of them</source>
        <translation>
            <numerusform>%n tie selected: a change applies to it</numerusform>
            <numerusform>%n ties selected: a change applies to all of them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message numerus="yes">
        <source>%n people and places</source>
        <translation>
            <numerusform>%n person or place</numerusform>
            <numerusform>%n people and places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ties</source>
        <translation>
            <numerusform>%n tie</numerusform>
            <numerusform>%n ties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n areas of life</source>
        <translation>
            <numerusform>%n area of life</numerusform>
            <numerusform>%n areas of life</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Legibility</name>
    <message numerus="yes">
        <source>%n label(s) overlap</source>
        <translation>
            <numerusform>%n label overlaps</numerusform>
            <numerusform>%n labels overlap</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tie mark(s) covered</source>
        <translation>
            <numerusform>%n tie mark is covered</numerusform>
            <numerusform>%n tie marks are covered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tie(s) running through people</source>
        <translation>
            <numerusform>%n tie runs through a person</numerusform>
            <numerusform>%n ties run through people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) outside their sector</source>
        <translation>
            <numerusform>%n person is outside their sector</numerusform>
            <numerusform>%n people are outside their sectors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) outside their ring</source>
        <translation>
            <numerusform>%n person is outside their ring</numerusform>
            <numerusform>%n people are outside their rings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message numerus="yes">
        <source>That passphrase did not open {file}. %n tries are left.</source>
        <translation>
            <numerusform>That passphrase did not open {file}. %n try is left.</numerusform>
            <numerusform>That passphrase did not open {file}. %n tries are left.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfCohort</name>
    <message numerus="yes">
        <source>%n case(s), each its first and latest saved version</source>
        <translation>
            <numerusform>%n case, each its first and latest saved version</numerusform>
            <numerusform>%n cases, each its first and latest saved version</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) could not be read and are not counted (ecomap cohort names them).</source>
        <translation>
            <numerusform>%n source could not be read and is not counted (ecomap cohort names them).</numerusform>
            <numerusform>%n sources could not be read and are not counted (ecomap cohort names them).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Groups and organisations in the community or in work and education that clients have a tie to: how many cases reached each at their first saved version and at their latest, of %n case(s).</source>
        <translation>
            <numerusform>Groups and organisations in the community or in work and education that clients have a tie to: how many cases reached each at their first saved version and at their latest, of %n case.</numerusform>
            <numerusform>Groups and organisations in the community or in work and education that clients have a tie to: how many cases reached each at their first saved version and at their latest, of %n cases.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only assets reached by at least %n case(s), at the first version or the latest, are shown.</source>
        <translation>
            <numerusform>Only assets reached by at least %n case, at the first version or the latest, are shown.</numerusform>
            <numerusform>Only assets reached by at least %n cases, at the first version or the latest, are shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No community asset is reached by at least %n case(s), so none is shown.</source>
        <translation>
            <numerusform>No community asset is reached by at least %n case, so none is shown.</numerusform>
            <numerusform>No community asset is reached by at least %n cases, so none is shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) reached by fewer than {k} cases are not shown, so that no figure points at one client.</source>
        <translation>
            <numerusform>%n asset reached by fewer than {k} cases is not shown, so that no figure points at one client.</numerusform>
            <numerusform>%n assets reached by fewer than {k} cases are not shown, so that no figure points at one client.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cohort of %n case(s)</source>
        <translation>
            <numerusform>Cohort of %n case</numerusform>
            <numerusform>Cohort of %n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message numerus="yes">
        <source>%n character(s) in asset names are not in the PDF's font and print as boxes: {shown}</source>
        <translation>
            <numerusform>%n character(s) in asset names are not in the PDF's font and print as boxes: {shown}</numerusform>
            <numerusform>%n character(s) in asset names are not in the PDF's font and print as boxes: {shown}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) in names or notes are not in the PDF's font and print as boxes: {shown}</source>
        <translation>
            <numerusform>%n character(s) in names or notes are not in the PDF's font and print as boxes: {shown}</numerusform>
            <numerusform>%n character(s) in names or notes are not in the PDF's font and print as boxes: {shown}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfPages</name>
    <message numerus="yes">
        <source>… and %n more on page 2.</source>
        <translation>
            <numerusform>… and %n more on page 2.</numerusform>
            <numerusform>… and %n more on page 2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfSections</name>
    <message numerus="yes">
        <source>%n people and places</source>
        <translation>
            <numerusform>%n person or place</numerusform>
            <numerusform>%n people and places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ties</source>
        <translation>
            <numerusform>%n tie</numerusform>
            <numerusform>%n ties</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message numerus="yes">
        <source>Printed the PDF summary to {file} (%n page(s))</source>
        <translation>
            <numerusform>Printed the PDF summary to {file} (%n page)</numerusform>
            <numerusform>Printed the PDF summary to {file} (%n pages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printed the PDF summary on {printer} (%n page(s))</source>
        <translation>
            <numerusform>Printed the PDF summary on {printer} (%n page)</numerusform>
            <numerusform>Printed the PDF summary on {printer} (%n pages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printed the PDF summary (%n page(s))</source>
        <translation>
            <numerusform>Printed the PDF summary (%n page)</numerusform>
            <numerusform>Printed the PDF summary (%n pages)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SelectionWords</name>
    <message numerus="yes">
        <source>%n people or places</source>
        <translation>
            <numerusform>%n person or place</numerusform>
            <numerusform>%n people or places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ties</source>
        <translation>
            <numerusform>%n tie</numerusform>
            <numerusform>%n ties</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionTieBar</name>
    <message numerus="yes">
        <source>%n ties selected: a tap changes all of them</source>
        <translation>
            <numerusform>%n tie selected: a tap changes it</numerusform>
            <numerusform>%n ties selected: a tap changes all of them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message numerus="yes">
        <source>%n people and places</source>
        <translation>
            <numerusform>%n person or place</numerusform>
            <numerusform>%n people and places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ties</source>
        <translation>
            <numerusform>%n tie</numerusform>
            <numerusform>%n ties</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreDialog</name>
    <message numerus="yes">
        <source>That password was refused. %n tries are left.</source>
        <translation>
            <numerusform>That password was refused. %n try is left.</numerusform>
            <numerusform>That password was refused. %n tries are left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) you may open in the {store}:</source>
        <translation>
            <numerusform>%n case you may open in the {store}:</numerusform>
            <numerusform>%n cases you may open in the {store}:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionList</name>
    <message numerus="yes">
        <source>%n stressful</source>
        <translation>
            <numerusform>%n stressful</numerusform>
            <numerusform>%n stressful</numerusform>
        </translation>
    </message>
</context>
</TS>
