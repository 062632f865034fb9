<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start a new case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open a case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open from team store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open one of your cases from the team store (your service's PostgreSQL server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read Ecomap JSON, easyNWK or GraphML, as a new case or as versions of this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty File &gt; Open recent and forget the last folder used (the case files stay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the working map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the working map as the next dated version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the whole case, the map as it is now included, to a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case de&amp;tails…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client's name, case reference, worker and case notes: see or change them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect wit&amp;h a passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypt the case file: it opens only with the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chan&amp;ge passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protect the case file by a new passphrase instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove protection &amp;from the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the case file unencrypted: readable by anyone who has it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export map as image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the map as a PNG or SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF summary for the case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the versions as JSON, GraphML or CSV, pseudonymised if asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort summar&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PDF of how capital moved across many cases (a folder of case files or the team store), naming no one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the map shown, with its legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print previe&amp;w…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see the map's printed page before printing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print PDF s&amp;ummary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the PDF summary, or preview it first (pseudonymised if asked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close the case (and the window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quit Ecomap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a person, then type the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tie selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tie the selected person to the client, or two selected people together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rename the selected person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete the selection (the client stays)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a&amp;ction about this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add an action to the plan about the selected person, place or tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in People and places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type to find a person or place to add (Enter adds it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>select everyone and every tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aut&amp;o-arrange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>place everyone so that nothing overlaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bonding (B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selected tie: bonding capital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;ridging (Br)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selected tie: bridging capital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Linking (L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selected tie: linking capital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong (&amp;1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selected tie: strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate (&amp;2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selected tie: moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenuous (&amp;3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selected tie: tenuous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stressful on/off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selected tie: stressful on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;flow of energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selected tie: next flow of energy (none, to, from, both)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No flow marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selected tie: no flow marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flows to the &amp;second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selected tie: flows to the second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flows to the &amp;first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selected tie: flows to the first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flows &amp;both ways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selected tie: flows both ways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole map in view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show domain &amp;sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lines between domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session mode (full scree&amp;n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full screen with the map, its legend and large buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave session mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave session mode (otherwise, on the map: clear the selection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People and places panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show or hide the panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le&amp;gend panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History panel: versions, compare, chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show or hide the History panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pl&amp;an panel: where the network is thin, actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show or hide the Plan panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keyboard to the next panel (the map, People and places, History, Plan, Details)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;vious panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keyboard to the previous panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Changes since the last version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare the working draft with the latest saved version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ecomap &amp;guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the map shows and how to draw it with a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click empty canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a person there, then type the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag from a person's rim to another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tie them (default capital)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rename them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>select the next / previous person, then the ties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+arrow keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add the nearest person that way to the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys (Alt: finer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move the selected people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fl&amp;ow of energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undo the last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redo it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{keys} on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{keys}, or {map_keys}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{keys} or {key}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The case could not be opened from the team store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>Autosaved at {time}, in case Ecomap stops; Save gives the case a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosaved at {time} in the team store, in case Ecomap stops; Save keeps the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosaved at {time}, in case Ecomap stops; Save keeps the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The autosaved changes could not be removed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackgroundWork</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <source>Select one person to tie to the client, or two people to tie together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a tie first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-arrange</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Arranging %n people and places…</source>
        <translation>
            <numerusform>Arranging %n person or place…</numerusform>
            <numerusform>Arranging %n people and places…</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto-arrange cancelled; nothing moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client stays on their own map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} and {second} are already tied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody further left of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody further right of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody further up from {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody further down from {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ecomap canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client's map. Tab moves between people, then ties; Shift and an arrow key adds the nearest person that way; arrow keys move them; Enter renames; B, R, L set a tie's capital; 1, 2, 3 its strength; S stress; F flow.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CanvasAccess</name>
    <message>
        <source>close ring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>middle ring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outer ring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beyond the rings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flows both ways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flows from {first} to {second}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stressful</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the client, %n tie(s)</source>
        <translation>
            <numerusform>the client, %n tie</numerusform>
            <numerusform>the client, %n ties</numerusform>
        </translation>
    </message>
    <message>
        <source>{kind}, {domain}, {ring}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tie to the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tie to the client: {tie}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n other tie(s)</source>
        <translation>
            <numerusform>%n other tie</numerusform>
            <numerusform>%n other ties</numerusform>
        </translation>
    </message>
    <message>
        <source>Tie: {first} – {second}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open action(s) in the plan</source>
        <translation>
            <numerusform>%n open action in the plan</numerusform>
            <numerusform>%n open actions in the plan</numerusform>
        </translation>
    </message>
    <message>
        <source>notes: {notes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {kind}, {domain}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseCopy</name>
    <message>
        <source>{name} copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy as {copy}, protected by the same passphrase; still working on {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy as {copy}; still working on {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy as {copy}, protected by the same passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy as {copy}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: could not be written ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDetails</name>
    <message>
        <source>Change case details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK saves the details in the case file at once; Edit &gt; Undo takes them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details stay with this new case and go into its file when you save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client's name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order or plan, and what matters to the client (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case &amp;notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the new first name at the centre of the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show “{new}” at the centre of the map (it shows “{old}” now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case details were not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case details were not changed back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the case details and the name at the centre of the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the case details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case is {reason}: its details can be read here but not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions are being compared: close the comparison to change the case details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved version is shown: go back to the working draft to change the case details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>Family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group of friends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relational navigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faith group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sports club</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>College</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mental health team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drug and alcohol service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probation officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youth offending team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solicitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeList</name>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the working draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {number} ({details})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed, grouped. Choose a change to show it on the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Heading of %n line(s)</source>
        <translation>
            <numerusform>Heading of %n line</numerusform>
            <numerusform>Heading of %n lines</numerusform>
        </translation>
    </message>
    <message>
        <source>Under {heading}. Choose it to show it on the map.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeWords</name>
    <message>
        <source>unnamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both ways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An arrow at {receiver}: energy and resources flow from {giver} to {receiver}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrows at both ends: energy and resources flow both ways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No arrows: no flow of energy or resources marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{strength}, stressful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New bonding tie: {who}, {looks}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New bridging tie: {who}, {looks}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New linking tie: {who}, {looks}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New on the map: {person}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended: {who} (was {capital}, {looks})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer on the map: {person}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who}: {old} → {new} capital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who}: became stressful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who}: no longer stressful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who}: flow no longer marked (was {was})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who}: flow now {now} (was {was})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who}: notes on the tie changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Notes changed on %n tie(s): {names}</source>
        <translation>
            <numerusform>Notes changed on %n tie: {names}</numerusform>
            <numerusform>Notes changed on %n ties: {names}</numerusform>
        </translation>
    </message>
    <message>
        <source>renamed from {old}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved from {old} to {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now {new} (was {old})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stronger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes: both versions hold the same people and ties, described the same way.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>No changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected error ({error}); set ECOMAP_DEBUG=1 for details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the editor cannot start: the Qt toolkit (PySide6) could not be loaded ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <comment>before a warning on stderr: ecomap: warning: FILE: ...</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliArguments</name>
    <message>
        <source>{command}: {message} (see '{command} --help')</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is not a version number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is not a version number (they start at 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is not a text size: give a factor from {low} to {high} (the editor's are {sizes})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is not one of the editor's text sizes ({sizes})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is not a window size: give WIDTHxHEIGHT, e.g. 1024x600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} runs backwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is not a count of cases (1 or more)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliArrange</name>
    <message>
        <source>As saved, at text size {size}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arranged, at text size {size}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads at a glance: nothing overlaps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) shortened to fit (whole in the editor and the PDF).</source>
        <translation>
            <numerusform>%n label is shortened to fit (whole in the editor and the PDF).</numerusform>
            <numerusform>%n labels are shortened to fit (whole in the editor and the PDF).</numerusform>
        </translation>
    </message>
    <message>
        <source>Rings: {size}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rings: grown to {size} (saved at {saved}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rings: shrunk to {size} (saved at {saved}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rings: {size}, as saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Moved: {moved} of %n people and places.</source>
        <translation>
            <numerusform>Moved: {moved} of %n person or place.</numerusform>
            <numerusform>Moved: {moved} of %n people and places.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was saved: --json prints the arranged version as a document to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the standard size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{factor} times the standard size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliCohort</name>
    <message>
        <source>a cohort is written as .csv or .pdf; give a name ending in one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no case could be read for the cohort ({reasons})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no case files found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped {source}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <source>Effective size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ties (mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more asset(s) reached by fewer than {k} cases not shown.</source>
        <translation>
            <numerusform>%n more asset reached by fewer than {k} cases not shown.</numerusform>
            <numerusform>%n more assets reached by fewer than {k} cases not shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading cases {bar}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliDesktop</name>
    <message>
        <source>the editor needs a display (a desktop session), and none was found; QT_QPA_PLATFORM=offscreen runs it without one (for screenshots and tests); the other commands need none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the editor needs a display, and QT_QPA_PLATFORM=xcb asks for an X11 one but DISPLAY is not set; QT_QPA_PLATFORM=offscreen runs it without one (for screenshots and tests)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the editor needs the system library {names} on Linux; install with: sudo apt install {packages} (on Fedora and Arch the xcb-util packages, e.g. xcb-util-cursor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the editor needs the system libraries {names} on Linux; install with: sudo apt install {packages} (on Fedora and Arch the xcb-util packages, e.g. xcb-util-cursor)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliPassphrases</name>
    <message>
        <source>{error} with --passphrase-file FILE or in {variable}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder, not a passphrase file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase file is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase file's first line is empty; a passphrase cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase file holds a NUL character, which a passphrase cannot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliPlan</name>
    <message>
        <source>ecomap plan: -o writes every version's plan; leave out --version and --json (see 'ecomap plan --help')</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actions in this version's plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Plan (%n action(s)):</source>
        <translation>
            <numerusform>Plan (%n action):</numerusform>
            <numerusform>Plan (%n actions):</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since version {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new in this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>then {status}; {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>then {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan is exported as CSV; give a name ending in .csv</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Nothing stands out as thin on this map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the network is thin:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliProtect</name>
    <message>
        <source>is already protected (or is not an Ecomap case file); to change its passphrase use --change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not protected, so it has no passphrase to change; use 'ecomap protect' without --change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the new passphrase with --new-passphrase-file FILE or in {variable}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new passphrase is empty; a passphrase cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new passphrase is the same as the current one; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the passphrase is short (%n character(s)); several words together are easier to remember and much harder to guess</source>
        <translation>
            <numerusform>the passphrase is short (%n character); several words together are easier to remember and much harder to guess</numerusform>
            <numerusform>the passphrase is short (%n characters); several words together are easier to remember and much harder to guess</numerusform>
        </translation>
    </message>
    <message>
        <source>{case}: passphrase changed; without the passphrase nobody can open it, and it cannot be recovered if it is lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{case}: protected; without the passphrase nobody can open it, and it cannot be recovered if it is lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not protected; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{case}: protection removed; anyone who has the file can now read it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliReading</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People and places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stressful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case (no reference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worker {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {number} of {total}: {label}, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No versions saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People and places ({count}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area of life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ties ({count}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow of energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {first} to {second}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version {number} ({details})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{case}: note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, an unsaved draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; protected ({how})</source>
        <translation type="unfinished"></translation>
    </message>
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
    <name>CliTeam</name>
    <message>
        <source>names no case: give the case's reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {store} has no cases that you may see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pulled case is written as a case file; give a name ending in .ecomap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliWriting</name>
    <message>
        <source>is a folder; give the case file's name, e.g. client.ecomap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is one of the files being imported</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <source>unknown export format {format}; use {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no extension)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--marking, --paper and --invariant are for a PDF summary (OUT ending in .pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--caption is for a picture of the map (OUT ending in .png or .svg)</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is the case file itself; choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>a picture shows one version; choose one, e.g. --versions 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{output}: drew version {number} ({label}, {date}) (pseudonymised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{output}: drew version {number} ({label}, {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a screenshot is written as PNG; give a name ending in .png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{output}: the editor on {case}, comparing version {first} with version {second}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{output}: the editor on {case}, version {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{output}: the editor on {case}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be drawn: the Qt toolkit (PySide6) could not be loaded ({error})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CohortDialog</name>
    <message>
        <source>Cohort summary – {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF of how bonding, bridging and linking capital moved from the first to the latest version across many cases, and which community assets they reach. It names no client, worker or other person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the cases from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case files in a &amp;folder (and its subfolders):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no folder chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of case files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;team store (every case your login may see):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team store connection string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum count of cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out assets reached by fewer than {count} cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>so that no figure in the summary points at one client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include &amp;protected case files, opened with this passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the protected case files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for this summary only and never kept. Protected files it does not open are skipped and listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the PDF when it is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make summary…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CohortSummary</name>
    <message>
        <source>Making the cohort summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{task} is still going on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort summary {date}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cohort summary was not made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the cases for the cohort summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort summary cancelled; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} was made, but not everything prints as typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) skipped</source>
        <translation>
            <numerusform>%n file skipped</numerusform>
            <numerusform>%n files skipped</numerusform>
        </translation>
    </message>
    <message>
        <source>no file skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cohort summary: no case could be read ({skipped})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cohort summary: no case could be read (no case files found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cohort summary was made: no case could be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Details to see each file skipped and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case files were found there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) read</source>
        <translation>
            <numerusform>%n case read</numerusform>
            <numerusform>%n cases read</numerusform>
        </translation>
    </message>
    <message>
        <source>Cohort summary written to {file}: {cases}, {skipped}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cohort summary was written to {file}: {cases}, {skipped}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The skipped files are not in the figures. Show Details to see each one and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {file}, but no program here opens PDF files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>tie to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tie {one} – {other}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {tie}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {tie}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Delete %n item</numerusform>
            <numerusform>Delete %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Move {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>Move %n item</numerusform>
            <numerusform>Move %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename {old} to {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tie(s)</source>
        <translation>
            <numerusform>%n tie</numerusform>
            <numerusform>%n ties</numerusform>
        </translation>
    </message>
    <message>
        <source>Make bonding: {ties}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make bridging: {ties}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make linking: {ties}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make strong: {ties}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make moderate: {ties}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make tenuous: {ties}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark stressful: {ties}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark not stressful: {ties}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change flow of {ties}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change {ties}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareHost</name>
    <message>
        <source>Working draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The versions could not be compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing {earlier} with {later} (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareKey</name>
    <message>
        <source>new person or tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tie ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tie got stronger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tie to a new person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tie to someone gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tie got weaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capital type changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>became stressful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flow changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes or details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer stressful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key to the marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>faded grey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only in the earlier version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only in version {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareMarks</name>
    <message>
        <source>+ new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>× ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ stronger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▼ weaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↻ re-typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>× gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stress began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stress ended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Comparing two saved versions. Read-only: the map you are working on is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed in the working draft since a saved version. Read-only here: go back to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show both versions next to each other, in the same layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the comparison and go on with the map (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map with changes marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the later version with the changes marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The working draft, with the changes since version {a} marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The working draft: nothing changed since version {a}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {b} as saved, with the changes since version {a} marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {b} as saved: nothing changed since version {a}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only. Choose a change in the list to show it here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Controls</name>
    <message>
        <source>Anything worth remembering (shown in the PDF unless left out)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataExport</name>
    <message>
        <source>Working map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working map, not saved as a version ({date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The format (JSON, GraphML or CSV) is chosen with the file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data was not exported.</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <source>(no extension)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be written as {kind}; use .json, .graphml or .csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>February</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>April</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>June</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>July</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>August</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>September</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>October</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Save changes to the map of {case} before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave keeps your changes only in case Ecomap stops unexpectedly. Save keeps them in the case file; Discard deletes them, the autosaved copy too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover the new case from {when}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ecomap closed before the new case of {case} was saved to a file. Recover brings it back (save it to keep it); Discard deletes it for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover unsaved changes from {when}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ecomap closed without saving the map of {case}. Recover brings the changes back (they stay unsaved until you save); Discard deletes them for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case &amp;reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. X123456</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client's name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client's first name labels the centre of the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This map becomes version {number} of the case. A saved version is kept exactly as it is: it cannot be changed or deleted afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due or overdue in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Start of order, 3-month review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date it after today on purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A version is dated the day it is saved unless you say otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed, what was agreed (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>If one has happened or changed, you can cancel, update it with the client, and save after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unsaved changes kept in this case cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the case without them? Its saved versions and saved map are not affected; the unreadable changes are deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open without them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the map is saved for the first time, say whose map it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save case as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export map as image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>{file} already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ecomap never replaces a case file: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ecomap JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GraphML, for network tools (*.graphml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, one row per tie (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ecomap cases (*.ecomap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this new case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n-month review</source>
        <translation>
            <numerusform>%n-month review</numerusform>
            <numerusform>%n-month review</numerusform>
        </translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case was not created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created {file}, protected by its passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved version {number}: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{task} is still going on: wait until it is done, or cancel it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered the unsaved changes from {when}: save to keep them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded the unsaved changes from {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unsaved changes could not be discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: this case is {reason}; nothing is saved here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unexpected error ({kind}) stopped it: {reason}. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ecomap JSON, easyNWK or GraphML (*.json *.graphml *.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network Canvas mapping (*.toml *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlagLegend</name>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned or under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A small flag marks a person, place or tie that an open action of the plan is about.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>the guide {file} was not found (looked in {folders})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ecomap guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Ecomap guide could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message>
        <source>No saved versions yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved maps are not available here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ties by capital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong ties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stressful ties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People and places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domains reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client's effective size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: no saved versions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>versions {first} to {last} not read out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version {number}: {values}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out… {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryController</name>
    <message>
        <source>The working draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {number}: {label}, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing version {number} (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: this case is {reason}; nothing is saved here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new draft from version {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a version first: the draft is compared with the latest saved version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {number} could not be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The working draft is now a copy of version {number} ({label}); Undo brings back the draft before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The working draft is now a copy of version {number}; Undo brings back the draft before</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Start a new draft from this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New draft from this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes since the last version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes since last version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes since last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare from version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare to version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the two versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save two versions to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why compare is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed in the working draft since the latest saved version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the working draft with the latest saved version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the chart shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare two versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working draft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageExport</name>
    <message>
        <source>drawing a map needs a QApplication, but another kind of Qt application is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no extension)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot draw a map as {kind}; use .png or .svg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the map is too large to draw as a PNG; try SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the picture could not be encoded as PNG ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export map as image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudonymise names: initials or roles instead of names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the real case reference in the caption and the file name; otherwise a pseudonym ("Case" and eight letters or digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption below the map:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture shows the map on the canvas: {title}, {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the map to {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>version {first}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>versions {first} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>versions {first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Client {client}, case reference {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client {client}, no case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client named, case reference {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client named, no case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open as a new case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add its versions to this case ({case})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not possible: {file} {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not possible: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as {numbers}, after the versions already saved; saved versions cannot be changed or removed. The working draft stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its versions become the versions of a new case file; you choose where to save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{task} is still going on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: holds no versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No versions were added to this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is a Network Canvas interview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ecomap's default mapping reads the client from the ego, people and places from the node types, and strength from a closeness variable. A mapping file says exactly how your protocol's types and variables become Ecomap's.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the default mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a mapping file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n version(s) from {file} to {case}?</source>
        <translation>
            <numerusform>Add %n version from {file} to {case}?</numerusform>
            <numerusform>Add %n versions from {file} to {case}?</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved versions cannot be changed or removed afterwards. The working draft stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n version(s)</source>
        <translation>
            <numerusform>Add %n version</numerusform>
            <numerusform>Add %n versions</numerusform>
        </translation>
    </message>
    <message>
        <source>this case is read-only ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this case has no file yet; save it first (File &gt; Save)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case was not created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {file} into {target}; it was not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n version(s) from {file} into {target}</source>
        <translation>
            <numerusform>Imported %n version from {file} into {target}</numerusform>
            <numerusform>Imported %n versions from {file} into {target}</numerusform>
        </translation>
    </message>
    <message>
        <source>Added {numbers} from {file}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Double-click the canvas to add a person; drag from a person's edge to another to tie them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: this map can be looked at but not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area of life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes about this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Area of life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tie between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social capital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stressful (hatched line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stressful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow of energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes about this tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social &amp;capital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;low of energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client stays the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between {first} and {second}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ties selected: a change applies to all of them</source>
        <translation>
            <numerusform>%n tie selected: a change applies to it</numerusform>
            <numerusform>%n ties selected: a change applies to all of them</numerusform>
        </translation>
    </message>
    <message>
        <source>These ties have different notes: select one tie to change its notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything worth remembering (shown in the PDF unless left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one tie to choose a direction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Lang&amp;uage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {language}; {variable} is set, so it decides while it is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ecomap speaks {language}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ecomap will speak {language} the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeftBehind</name>
    <message>
        <source>A recovery file could not be read and was left as it is: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unsaved case could not be removed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unsaved case could not be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered a new case that was never saved: save it to keep it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>thick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{meaning}; point at a flag to read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tie colour and letter show the kind of social capital; line weight shows strength, cross-strokes mark a stressful tie and arrows show which way energy flows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({mark}) {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{nodes}, {ties}: {capitals}; {strengths}; {stressful} stressful; {domains} reached.</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <source>{name}: {meaning}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client is the large circle; a person a circle, a pet a diamond, a group a rounded square, an organisation a square.</source>
        <translation type="unfinished"></translation>
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
    <name>MainWindow</name>
    <message>
        <source>People and places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: this case is {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unexpected error ({error}) happened while closing the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ecomap did not close, so that nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <source>Kind of tie (colour and letter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stressful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People and places (shape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rings: how close to the client (close, middle, outer). Sectors and pale fills: the area of life.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Measures</name>
    <message>
        <source>People and places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bonding (B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bridging (Br)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linking (L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenuous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stressful ties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas of life reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client's ties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Density</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constraint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Density: the share of all possible ties between the people and places on the map that exist. Effective size: how many separate groups the client's ties reach (higher means more bridging). Constraint: how far the client's ties all lead into one close group (lower means a more open network). A dash means the measure is undefined because the client has no ties.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCaseForm</name>
    <message>
        <source>Before the map is saved for the first time, say whose map it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case is protected by a passphrase: its file will be protected by it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Protect this case with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case file is encrypted: it opens only with the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notation</name>
    <message>
        <source>Bonding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bridging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bonding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bridging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close ties among similar people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ties across groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ties to institutions and authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close ties among people like them — family, close friends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ties across different groups — a recovery café, a sports club, a peer mentor, a workplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ties to people with authority or resources — probation officer, job centre, housing officer, GP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenuous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenuous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flow marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flows to the second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flows to the first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flows both ways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work and education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>friends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work and education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>justice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenCase</name>
    <message>
        <source>not assigned to you, so you may read it but not change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open in another Ecomap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this case has not been saved to a file yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is read-only here ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <source>Nothing matches. Clear the search, or double-click the map to add anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{entry}: {kind}, {domain}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{entry}, {domain}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People and places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a person or place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to filter the list; Enter adds the best match, or what you typed as someone new if nothing matches; Down moves into the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People and places to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grouped by area of life. Enter or double-click adds the entry to the map; drag to place it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click, press Enter or drag onto the map to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches. Enter adds “{name}” as a new {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches. Enter adds “{name}” as a new {kind} in {domain}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaneFocus</name>
    <message>
        <source>Keyboard in: {pane} ({keys} goes on)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>&amp;Show the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a long passphrase: several words that you will remember, not a single word or a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This one is short: a few more words make it much harder to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the passphrase is forgotten, the case cannot be opened again. Nobody can recover it: not Ecomap, not your IT team, not anyone. Keep it where your service keeps such things.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase, once &amp;more:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a passphrase (it cannot be empty or only spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same: type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not the passphrase this case is protected by now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected case – Ecomap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is protected by a passphrase. Type the passphrase to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase did not open {file}. This is the last try.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>That passphrase did not open {file}. %n tries are left.</source>
        <translation>
            <numerusform>That passphrase did not open {file}. %n try is left.</numerusform>
            <numerusform>That passphrase did not open {file}. %n tries are left.</numerusform>
        </translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase, or Cancel to leave the case closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} will open only with the new passphrase; the old one will no longer open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} will be encrypted: without the passphrase, nobody can read anything in it, not even who it is about. Ecomap asks for the passphrase each time the case is opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsaved changes stay as they are: they are protected too, and Save keeps them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} will be written again without encryption. Anyone who has the file, or a copy of it, will be able to read everything in it: the client's name, the people on the map and the notes. Only do this if your service allows such files unprotected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current passphrase, to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover the protected new case from {when}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ecomap closed before a new case protected by a passphrase was saved to a file. Recover asks for its passphrase and brings it back (save it to keep it); Discard deletes it for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is protected and the passphrase was not right three times; it was not opened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfChart</name>
    <message>
        <source>Ties</source>
        <comment>the chart's vertical axis: how many ties</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfCohort</name>
    <message>
        <source>Mean client ties per case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first</source>
        <comment>under the bar of the first versions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latest</source>
        <comment>under the bar of the latest versions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rose in {percent} of cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fell in {percent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases reaching each asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective size counts the client's contacts who are not tied to one another: how many separate circles the client's ties reach. Higher means more brokerage between circles, that is more bridging capital.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each case counts once: its first saved version against its latest (a case with one version counts as the same). Ties are the client's own ties. The figures describe the cohort as a whole: no client, worker or other person is named anywhere in this summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mean number of the client's ties of each kind per case, at each case's first saved version and at its latest; under each pair, the share of cases in which that kind of tie rose and fell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ties by kind of capital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client's effective size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean per case: {first} at the first version, {latest} at the latest ({change}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s), each its first and latest saved version</source>
        <translation>
            <numerusform>%n case, each its first and latest saved version</numerusform>
            <numerusform>%n cases, each its first and latest saved version</numerusform>
        </translation>
    </message>
    <message>
        <source>no dates recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Across the cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Community assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No community asset is reached by at least %n case(s), so none is shown.</source>
        <translation>
            <numerusform>No community asset is reached by at least %n case, so none is shown.</numerusform>
            <numerusform>No community asset is reached by at least %n cases, so none is shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>No client's map has a community asset on it, so there is none to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart shows the {shown} assets most reached at the latest version; the table lists all {all}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) reached by fewer than {k} cases are not shown, so that no figure points at one client.</source>
        <translation>
            <numerusform>%n asset reached by fewer than {k} cases is not shown, so that no figure points at one client.</numerusform>
            <numerusform>%n assets reached by fewer than {k} cases are not shown, so that no figure points at one client.</numerusform>
        </translation>
    </message>
    <message>
        <source>Client ties, mean per case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases first (of {cases})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases latest (of {cases})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ecomap cohort summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ecomap cohort summary: how clients' ties and community assets changed across a cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cohort of %n case(s)</source>
        <translation>
            <numerusform>Cohort of %n case</numerusform>
            <numerusform>Cohort of %n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfContent</name>
    <message>
        <source>Version {number}: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case has no saved versions to summarise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no versions were chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case has no version {number} (it has only version 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case has no version {number} (it has {total}: 1 to {total})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>asset names hold right-to-left writing (such as Arabic or Hebrew), which prints left to right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names or notes hold right-to-left writing (such as Arabic or Hebrew), which prints left to right</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <source>Ecomap summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ecomap summary: a client's network and how it changed over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be written ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the protective marking is longer than {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the protective marking holds characters that cannot be printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protective marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the PDF when it is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The working draft has changes not saved as a version: the summary shows saved versions only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the PDF summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{task} is still going on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved version to summarise yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the map as a version first (File &gt; Save version…); the summary shows saved versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} summary {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the PDF summary to {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF summary was not made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the PDF summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF export cancelled; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} was made, but not everything prints as typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {file}, but no program here opens PDF files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfFurniture</name>
    <message>
        <source>OFFICIAL-SENSITIVE</source>
        <comment>the default protective marking</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ecomap summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions: {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions ({count}): {first} … {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfLegend</name>
    <message>
        <source>planned or under way; see the plan section</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPages</name>
    <message>
        <source>Change over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ties of each kind in each version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures of each version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed since the previous version (v{previous} → v{latest})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed since the first version (v{first} → v{latest})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map now: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{initials} (initials)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ecomap summary: at a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pseudonymised: replaced by initials or roles; notes are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pseudonymised: replaced by initials or roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference} (pseudonym)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the only one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonding ties (B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bridging ties (Br)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linking ties (L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All ties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong ties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stressful ties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People and places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas of life reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map in numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then and now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main changes since v{number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes: the map is the same as in the first version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more on page 2.</source>
        <translation>
            <numerusform>… and %n more on page 2.</numerusform>
            <numerusform>… and %n more on page 2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only one version (v{number}) is included, so there is no change to show.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPlan</name>
    <message>
        <source>No plan was recorded: no actions were agreed in the versions this summary includes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None at the moment: the client has ties of every kind and in every area of life the prompts look at, and more supportive ties than stressful ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan and review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the network is thin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan at v{number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actions are in the plan at v{number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What became of the actions agreed earlier, by v{number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed at v{number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the map at v{number}: places to talk over with the client, not judgements.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfSections</name>
    <message>
        <source>Earlier versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earlier version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map at each earlier version included, oldest first; the latest is on page 1.</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <source>Relationships in {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area of life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stressful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map has no ties yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes are left out of this pseudonymised summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes saved with each version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on people and places (v{number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We have looked at this map together and agree that it shows the client's network as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaintextNote</name>
    <message>
        <source>This case is protected, but the PDF you write will not be: anyone who has the file can read it. Store it where your service keeps case documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case is protected, but the picture you save will not be: anyone who has the file can see it. Store it where your service keeps case documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case is protected, but the data file you write will not be: anyone who has the file can read it. Store it where your service keeps case documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case is protected, but printed pages are not: anyone who picks them up can read them. Keep them where your service keeps case documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not protected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanCommands</name>
    <message>
        <source>Add action: {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove action: {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reword action: {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change what an action is about: {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change who does {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the due date of {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the outcome of {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark planned: {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark under way: {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done: {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark dropped: {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change {action}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanController</name>
    <message>
        <source>Select one person, place or tie first: the action is about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {number}: the plan as it stood then (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: this case is {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to the plan: change its words, who does it and by when in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from the plan (Undo puts it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action needs a few words saying what the step is: the words were kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanFlags</name>
    <message>
        <source>Open action: {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open actions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about {tie}, not on the map yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>Where the network is thin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing stands out: the map has close ties, new circles and people who open doors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actions yet. Make a prompt above into one, or add your own (Insert in the table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actions in this plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F2 or Enter edits a cell, Insert adds an action, Delete removes one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this plan is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an action of your own (Insert in the table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected action (Delete in the table); Undo puts it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actions yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome of the selected action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;utcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make it an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make it an action: {prompt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an action about this to the plan, in words you can then change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an action to see or note what came of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened: did the step happen, and what came of it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing noted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanSuggestions</name>
    <message>
        <source>Think together of one person to feel closer to, and one small way to be in touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try one group or place that opens new circles: a club, a café or a course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find one person who can open doors, such as a tutor, a housing officer or a GP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Think together of someone in the family to be back in touch with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find one friend, old or new, to add to the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find one group, club, faith or recovery community to try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find one person from work or learning to add to the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find one person who can be a steady support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree one small step that makes a stressful tie easier, or brings in support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find one person outside services to add to the map: a friend, a neighbour or a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find one more person to lean on, as well as {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree one small step to make the network stronger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step about {about}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanTable</name>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{heading}: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>the due date's format (Qt's date format)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanWords</name>
    <message>
        <source>under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>friends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work or learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>justice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bonding (close ties)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bridging (new circles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linking (people who open doors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone no longer on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tie to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tie between {first} and {second}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the network as a whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{subject} is now on the map, {now}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{subject} is stronger ({then} to {now})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{subject} is weaker ({then} to {now})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{subject} is as it was, {now}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{subject} has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{subject} is on the map, with no tie to {client} yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{subject} is on the map, with no tie to the client yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{subject} is not on the map yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text}: due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text}: due {date}, overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text}: due {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Printing the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing the PDF summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ecomap map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map was not printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed the map to {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed the map on {printer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview: the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{task} is still going on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved version to print a summary of yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the map as a version first (File &gt; Save version…); the summary shows saved versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview: the PDF summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing the PDF summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print PDF summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF summary was not printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing cancelled; the pages already sent may still print</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <source>Print the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the PDF summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file "{file}" could not be started: is its folder there, and may you write in it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file "{file}" stopped before page {page}: is its folder there, and may you write in it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer '{printer}' could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer '{printer}' stopped before page {page}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer stopped before page {page}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working draft (not saved as a version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker: {worker}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the PDF summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing cancelled; nothing was printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary prints, but not everything as typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ecomap summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>There is no close tie yet to family, friends or people like them to lean on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tie yet to a group or place that opens new circles: a club, a café or a course.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tie yet to someone who can open doors: a tutor, a housing officer or a GP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nobody on the map from family yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no friends on the map yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nobody on the map from the community yet: a group, a club, faith or recovery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nobody on the map from work or learning yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is one supportive tie so far; one more would share the load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no supportive tie on the map yet: one that is strong or moderate and not stressful.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the moment more of the ties are stressful than supportive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So far every tie on the map is to a professional or a service.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Protection</name>
    <message>
        <source>The file was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is protected now: it opens only with its passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case was not protected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the passphrase of {file}: the old one no longer opens it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the protection of {file}: anyone who has the file can read it now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protection was not removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protection cannot be changed now: this case is {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protection cannot be changed now: the working draft is not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case is not protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case is protected already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This new case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PseudonymiseChoices</name>
    <message>
        <source>Write the real case reference; otherwise a pseudonym made from it ("Case" and eight letters or digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the real case reference; otherwise a pseudonym made from it ("Case" and eight letters or digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudonymise: initials or roles instead of names, no notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the notes even so</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{verb} the real case reference; otherwise a pseudonym made from it ("Case" and eight letters or digits)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecentCases</name>
    <message>
        <source>C&amp;lear recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturningPeople</name>
    <message>
        <source>{name} was on the map in version {number} ({label}). Is this the same person?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was on the map in version {number}. Is this the same person?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If so, comparing versions shows their tie as one that came back, not as someone new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone new</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Screenshot</name>
    <message>
        <source>the editor window could not be drawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelectionWords</name>
    <message>
        <source>others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} in {domain}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected: {name}, {what}, {ties}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected: tie between {first} and {second}, {capital}, {strength}, stressful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected: tie between {first} and {second}, {capital}, {strength}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected: {places} and {ties}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people or places</source>
        <translation>
            <numerusform>%n person or place</numerusform>
            <numerusform>%n people or places</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing selected. Double-click to add a person; press Tab to move between people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no ties</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <source>{people} and {ties}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} selected.
Select one person or one tie to see and change the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ties</source>
        <translation>
            <numerusform>%n tie</numerusform>
            <numerusform>%n ties</numerusform>
        </translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionBar</name>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More session tools</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionTieBar</name>
    <message>
        <source>Select a tie to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This map cannot be changed now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one tie to choose a direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stressful (hatched line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{words}: chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social capital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow of energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tie: {source} – {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ties selected: a tap changes all of them</source>
        <translation>
            <numerusform>%n tie selected: a tap changes it</numerusform>
            <numerusform>%n ties selected: a tap changes all of them</numerusform>
        </translation>
    </message>
    <message>
        <source>one end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stressful: some of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stressful tie is drawn hatched: tap to switch it on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Legibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{nodes}, {ties}: B {bonding}, Br {bridging}, L {linking}</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <source>Bonding {bonding}, bridging {bridging}, linking {linking}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problems} – Auto-arrange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-arrange (Ctrl+Shift+A) places everyone so that nothing overlaps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>team store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the local server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team store on {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team store {database} on {host}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreDialog</name>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team store password – {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {store} asks for your password. It is used for this connection only and never kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That password was refused. This is the last try.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>That password was refused. %n tries are left.</source>
        <translation>
            <numerusform>That password was refused. %n try is left.</numerusform>
            <numerusform>That password was refused. %n tries are left.</numerusform>
        </translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open from team store – {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team store's connection string, from your service (for example host=db.example.org dbname=ecomap user=your.login). A password comes from your PGPASSFILE, or Ecomap asks for it; it is never kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team store connection string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team store:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to see the cases you may open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases in the team store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the team store's connection string (or set {variable}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: no password was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) you may open in the {store}:</source>
        <translation>
            <numerusform>%n case you may open in the {store}:</numerusform>
            <numerusform>%n cases you may open in the {store}:</numerusform>
        </translation>
    </message>
    <message>
        <source>The {store} has no case you may open (an admin assigns cases to you).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreEditing</name>
    <message>
        <source>{case} is kept in the team store, not in a file: Ecomap cannot save a copy of it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{case} is kept in the team store, not in a file: Ecomap cannot protect it with a passphrase here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case could not be opened from the team store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened {case} from the {store}, read-only: it is {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened {case} from the {store}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloaded the map {who} saved; your changes were dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{case} is kept in the team store, not in a file: Ecomap cannot {what} here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server keeps it and decides who may read it. To have it as a case file, write it to one with '{command}' (recorded in the store's audit log), then open that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The autosaved changes could not be removed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} saved the map of this case at {time}, since you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your map was not saved over theirs. Reload theirs shows their map in place of yours (your changes are dropped); Save mine as a new version keeps your map as the next version, after any of theirs, and as the shared draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save mine as a new version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreLink</name>
    <message>
        <source>{case}: the team store cannot be reached, so your map is kept on this computer ({folder}); Ecomap saves it to the store when the server answers again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team store answers again: saved to {case}, and the copy kept on this computer is removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnsavedCases</name>
    <message>
        <source>holds no unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionBanner</name>
    <message>
        <source>Version {number} of {count}: {label}, {date}. Read-only: you are looking at a saved version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved version shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which version is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New draft from this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the working draft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionChecklist</name>
    <message>
        <source>no label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions to include</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionList</name>
    <message>
        <source>The map you are editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save it as a version to keep it, dated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stressful</source>
        <translation>
            <numerusform>%n stressful</numerusform>
            <numerusform>%n stressful</numerusform>
        </translation>
    </message>
    <message>
        <source>{draft}: the map you are editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved as a version. Choose it to edit the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ties: {counts}; {stressful}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved version {number} of {count}. Choose it to show it on the map, read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first, under the working draft. Choose a row to look at that version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewState</name>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session mode shows only the map and its legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the comparison has its own key and is not edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <comment>a panel</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{case} (protected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing version {a} with the working draft – {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing version {a} with version {b} – {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{version} (read-only) – {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} [read-only: {reason}]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowHandlers</name>
    <message>
        <source>Cleared the recent files list (the case files are still where they were)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
