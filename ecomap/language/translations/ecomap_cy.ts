<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New case…</source>
        <translation>Achos &amp;newydd…</translation>
    </message>
    <message>
        <source>start a new case</source>
        <translation>dechrau achos newydd</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Agor…</translation>
    </message>
    <message>
        <source>open a case file</source>
        <translation>agor ffeil achos</translation>
    </message>
    <message>
        <source>Open from team store…</source>
        <translation>Agor o storfa'r tîm…</translation>
    </message>
    <message>
        <source>open one of your cases from the team store (your service's PostgreSQL server)</source>
        <translation>agor un o'ch achosion o storfa'r tîm (gweinydd PostgreSQL eich gwasanaeth)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Mewnforio…</translation>
    </message>
    <message>
        <source>read Ecomap JSON, easyNWK or GraphML, as a new case or as versions of this one</source>
        <translation>darllen JSON Ecomap, easyNWK neu GraphML, fel achos newydd neu fel fersiynau o'r achos hwn</translation>
    </message>
    <message>
        <source>C&amp;lear recent files</source>
        <translation>C&amp;lirio'r ffeiliau diweddar</translation>
    </message>
    <message>
        <source>empty File &gt; Open recent and forget the last folder used (the case files stay)</source>
        <translation>gwagio Ffeil &gt; Agor diweddar ac anghofio'r ffolder a ddefnyddiwyd ddiwethaf (mae'r ffeiliau achos yn aros)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <source>save the working map</source>
        <translation>cadw'r map gweithio</translation>
    </message>
    <message>
        <source>Save &amp;version…</source>
        <translation>Cadw &amp;fersiwn…</translation>
    </message>
    <message>
        <source>save the working map as the next dated version</source>
        <translation>cadw'r map gweithio fel y fersiwn ddyddiedig nesaf</translation>
    </message>
    <message>
        <source>Save &amp;a copy…</source>
        <translation>Cadw c&amp;opi…</translation>
    </message>
    <message>
        <source>write the whole case, the map as it is now included, to a new file</source>
        <translation>ysgrifennu'r achos cyfan, gan gynnwys y map fel y mae nawr, i ffeil newydd</translation>
    </message>
    <message>
        <source>Case de&amp;tails…</source>
        <translation>Manylion yr ac&amp;hos…</translation>
    </message>
    <message>
        <source>the client's name, case reference, worker and case notes: see or change them</source>
        <translation>enw'r cleient, cyfeirnod yr achos, y gweithiwr a nodiadau'r achos: eu gweld neu eu newid</translation>
    </message>
    <message>
        <source>Protect wit&amp;h a passphrase…</source>
        <translation>Dio&amp;gelu â chyfrinymadrodd…</translation>
    </message>
    <message>
        <source>encrypt the case file: it opens only with the passphrase</source>
        <translation>amgryptio'r ffeil achos: dim ond gyda'r cyfrinymadrodd y mae'n agor</translation>
    </message>
    <message>
        <source>Chan&amp;ge passphrase…</source>
        <translation>Newid y cyfrin&amp;ymadrodd…</translation>
    </message>
    <message>
        <source>protect the case file by a new passphrase instead</source>
        <translation>diogelu'r ffeil achos â chyfrinymadrodd newydd yn lle hynny</translation>
    </message>
    <message>
        <source>Remove protection &amp;from the file…</source>
        <translation>Tynnu'r diogelwch oddi ar y ffe&amp;il…</translation>
    </message>
    <message>
        <source>write the case file unencrypted: readable by anyone who has it</source>
        <translation>ysgrifennu'r ffeil achos heb ei hamgryptio: gall unrhyw un sydd â hi ei darllen</translation>
    </message>
    <message>
        <source>&amp;Export map as image…</source>
        <translation>Allforio'r ma&amp;p fel delwedd…</translation>
    </message>
    <message>
        <source>save the map as a PNG or SVG</source>
        <translation>cadw'r map fel PNG neu SVG</translation>
    </message>
    <message>
        <source>Export &amp;PDF summary…</source>
        <translation>Allforio c&amp;rynodeb PDF…</translation>
    </message>
    <message>
        <source>the PDF summary for the case file</source>
        <translation>y crynodeb PDF ar gyfer y ffeil achos</translation>
    </message>
    <message>
        <source>Export &amp;data…</source>
        <translation>Allforio da&amp;ta…</translation>
    </message>
    <message>
        <source>the versions as JSON, GraphML or CSV, pseudonymised if asked</source>
        <translation>y fersiynau fel JSON, GraphML neu CSV, wedi'u ffugenwi os gofynnir</translation>
    </message>
    <message>
        <source>Cohort summar&amp;y…</source>
        <translation>Crynod&amp;eb carfan…</translation>
    </message>
    <message>
        <source>a PDF of how capital moved across many cases (a folder of case files or the team store), naming no one</source>
        <translation>PDF o sut y symudodd cyfalaf ar draws llawer o achosion (ffolder o ffeiliau achos neu storfa'r tîm), heb enwi neb</translation>
    </message>
    <message>
        <source>Print &amp;map…</source>
        <translation>Argraffu'r map…</translation>
    </message>
    <message>
        <source>print the map shown, with its legend</source>
        <translation>argraffu'r map a ddangosir, gyda'i allwedd</translation>
    </message>
    <message>
        <source>Print previe&amp;w…</source>
        <translation>Rhagol&amp;wg argraffu…</translation>
    </message>
    <message>
        <source>see the map's printed page before printing it</source>
        <translation>gweld tudalen argraffedig y map cyn ei hargraffu</translation>
    </message>
    <message>
        <source>Print PDF s&amp;ummary…</source>
        <translation>Argraffu crynode&amp;b PDF…</translation>
    </message>
    <message>
        <source>print the PDF summary, or preview it first (pseudonymised if asked)</source>
        <translation>argraffu'r crynodeb PDF, neu gael rhagolwg yn gyntaf (wedi'i ffugenwi os gofynnir)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Ca&amp;u</translation>
    </message>
    <message>
        <source>close the case (and the window)</source>
        <translation>cau'r achos (a'r ffenestr)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Gadael</translation>
    </message>
    <message>
        <source>quit Ecomap</source>
        <translation>gadael Ecomap</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>Ychwanegu &amp;person…</translation>
    </message>
    <message>
        <source>add a person, then type the name</source>
        <translation>ychwanegu person, yna teipio'r enw</translation>
    </message>
    <message>
        <source>&amp;Tie selected</source>
        <translation>&amp;Creu perthynas</translation>
    </message>
    <message>
        <source>tie the selected person to the client, or two selected people together</source>
        <translation>creu perthynas rhwng y person a ddewiswyd a'r cleient, neu rhwng dau berson a ddewiswyd</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Aile&amp;nwi</translation>
    </message>
    <message>
        <source>rename the selected person</source>
        <translation>ailenwi'r person a ddewiswyd</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Dil&amp;eu</translation>
    </message>
    <message>
        <source>delete the selection (the client stays)</source>
        <translation>dileu'r dewis (mae'r cleient yn aros)</translation>
    </message>
    <message>
        <source>Add a&amp;ction about this</source>
        <translation>Ychwanegu ca&amp;m am hyn</translation>
    </message>
    <message>
        <source>add an action to the plan about the selected person, place or tie</source>
        <translation>ychwanegu cam at y cynllun am y person, y lle neu'r berthynas a ddewiswyd</translation>
    </message>
    <message>
        <source>&amp;Find in People and places</source>
        <translation>C&amp;hwilio yn Pobl a lleoedd</translation>
    </message>
    <message>
        <source>type to find a person or place to add (Enter adds it)</source>
        <translation>teipio i ddod o hyd i berson neu le i'w ychwanegu (mae Enter yn ei ychwanegu)</translation>
    </message>
    <message>
        <source>Select a&amp;ll</source>
        <translation>Dewis y c&amp;yfan</translation>
    </message>
    <message>
        <source>select everyone and every tie</source>
        <translation>dewis pawb a phob perthynas</translation>
    </message>
    <message>
        <source>Aut&amp;o-arrange</source>
        <translation>T&amp;refnu'n awtomatig</translation>
    </message>
    <message>
        <source>place everyone so that nothing overlaps</source>
        <translation>gosod pawb fel nad oes dim yn gorgyffwrdd</translation>
    </message>
    <message>
        <source>&amp;Bonding (B)</source>
        <translation>Clymu (&amp;B)</translation>
    </message>
    <message>
        <source>selected tie: bonding capital</source>
        <translation>y berthynas a ddewiswyd: cyfalaf clymu</translation>
    </message>
    <message>
        <source>B&amp;ridging (Br)</source>
        <translation>Pontio (B&amp;r)</translation>
    </message>
    <message>
        <source>selected tie: bridging capital</source>
        <translation>y berthynas a ddewiswyd: cyfalaf pontio</translation>
    </message>
    <message>
        <source>&amp;Linking (L)</source>
        <translation>Cysylltu (&amp;L)</translation>
    </message>
    <message>
        <source>selected tie: linking capital</source>
        <translation>y berthynas a ddewiswyd: cyfalaf cysylltu</translation>
    </message>
    <message>
        <source>Strong (&amp;1)</source>
        <translation>Cryf (&amp;1)</translation>
    </message>
    <message>
        <source>selected tie: strong</source>
        <translation>y berthynas a ddewiswyd: cryf</translation>
    </message>
    <message>
        <source>Moderate (&amp;2)</source>
        <translation>Cymedrol (&amp;2)</translation>
    </message>
    <message>
        <source>selected tie: moderate</source>
        <translation>y berthynas a ddewiswyd: cymedrol</translation>
    </message>
    <message>
        <source>Tenuous (&amp;3)</source>
        <translation>Gwan (&amp;3)</translation>
    </message>
    <message>
        <source>selected tie: tenuous</source>
        <translation>y berthynas a ddewiswyd: gwan</translation>
    </message>
    <message>
        <source>&amp;Stressful on/off</source>
        <translation>Dan &amp;straen ymlaen/i ffwrdd</translation>
    </message>
    <message>
        <source>selected tie: stressful on or off</source>
        <translation>y berthynas a ddewiswyd: dan straen ymlaen neu i ffwrdd</translation>
    </message>
    <message>
        <source>Next &amp;flow of energy</source>
        <translation>Llif egni nesa&amp;f</translation>
    </message>
    <message>
        <source>selected tie: next flow of energy (none, to, from, both)</source>
        <translation>y berthynas a ddewiswyd: y llif egni nesaf (dim, at, o, y ddwy ffordd)</translation>
    </message>
    <message>
        <source>&amp;No flow marked</source>
        <translation>Dim llif wedi'i &amp;nodi</translation>
    </message>
    <message>
        <source>selected tie: no flow marked</source>
        <translation>y berthynas a ddewiswyd: dim llif wedi'i nodi</translation>
    </message>
    <message>
        <source>Flows to the &amp;second</source>
        <translation>Llifo at yr &amp;ail</translation>
    </message>
    <message>
        <source>selected tie: flows to the second</source>
        <translation>y berthynas a ddewiswyd: llifo at yr ail</translation>
    </message>
    <message>
        <source>Flows to the &amp;first</source>
        <translation>Llifo at y &amp;cyntaf</translation>
    </message>
    <message>
        <source>selected tie: flows to the first</source>
        <translation>y berthynas a ddewiswyd: llifo at y cyntaf</translation>
    </message>
    <message>
        <source>Flows &amp;both ways</source>
        <translation>Llifo'r &amp;ddwy ffordd</translation>
    </message>
    <message>
        <source>selected tie: flows both ways</source>
        <translation>y berthynas a ddewiswyd: llifo'r ddwy ffordd</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Chwyddo &amp;i mewn</translation>
    </message>
    <message>
        <source>zoom in</source>
        <translation>chwyddo i mewn</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Chwyddo &amp;allan</translation>
    </message>
    <message>
        <source>zoom out</source>
        <translation>chwyddo allan</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>&amp;Ffitio i'r ffenestr</translation>
    </message>
    <message>
        <source>the whole map in view</source>
        <translation>y map cyfan yn y golwg</translation>
    </message>
    <message>
        <source>Show domain &amp;sectors</source>
        <translation>Dangos &amp;sectorau'r meysydd</translation>
    </message>
    <message>
        <source>the lines between domains</source>
        <translation>y llinellau rhwng y meysydd</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Testun &amp;mwy</translation>
    </message>
    <message>
        <source>larger text</source>
        <translation>testun mwy</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>Testun &amp;llai</translation>
    </message>
    <message>
        <source>smaller text</source>
        <translation>testun llai</translation>
    </message>
    <message>
        <source>Session mode (full scree&amp;n)</source>
        <translation>Modd sesiwn (sgrin la&amp;wn)</translation>
    </message>
    <message>
        <source>full screen with the map, its legend and large buttons</source>
        <translation>sgrin lawn gyda'r map, ei allwedd a botymau mawr</translation>
    </message>
    <message>
        <source>Leave session mode</source>
        <translation>Gadael y modd sesiwn</translation>
    </message>
    <message>
        <source>leave session mode (otherwise, on the map: clear the selection)</source>
        <translation>gadael y modd sesiwn (fel arall, ar y map: clirio'r dewis)</translation>
    </message>
    <message>
        <source>&amp;People and places panel</source>
        <translation>Panel &amp;Pobl a lleoedd</translation>
    </message>
    <message>
        <source>show or hide the panel</source>
        <translation>dangos neu guddio'r panel</translation>
    </message>
    <message>
        <source>&amp;Details panel</source>
        <translation>Panel Man&amp;ylion</translation>
    </message>
    <message>
        <source>Le&amp;gend panel</source>
        <translation>Panel yr Allwe&amp;dd</translation>
    </message>
    <message>
        <source>&amp;History panel: versions, compare, chart</source>
        <translation>Panel &amp;Hanes: fersiynau, cymharu, siart</translation>
    </message>
    <message>
        <source>show or hide the History panel</source>
        <translation>dangos neu guddio'r panel Hanes</translation>
    </message>
    <message>
        <source>Pl&amp;an panel: where the network is thin, actions</source>
        <translation>Panel &amp;Cynllun: lle mae'r rhwydwaith yn denau, camau</translation>
    </message>
    <message>
        <source>show or hide the Plan panel</source>
        <translation>dangos neu guddio'r panel Cynllun</translation>
    </message>
    <message>
        <source>Ne&amp;xt panel</source>
        <translation>Panel &amp;nesaf</translation>
    </message>
    <message>
        <source>the keyboard to the next panel (the map, People and places, History, Plan, Details)</source>
        <translation>y bysellfwrdd i'r panel nesaf (y map, Pobl a lleoedd, Hanes, Cynllun, Manylion)</translation>
    </message>
    <message>
        <source>Pre&amp;vious panel</source>
        <translation>Panel &amp;blaenorol</translation>
    </message>
    <message>
        <source>the keyboard to the previous panel</source>
        <translation>y bysellfwrdd i'r panel blaenorol</translation>
    </message>
    <message>
        <source>&amp;Changes since the last version</source>
        <translation>Newidiadau ers y fersiwn &amp;olaf</translation>
    </message>
    <message>
        <source>compare the working draft with the latest saved version</source>
        <translation>cymharu'r drafft gwaith â'r fersiwn ddiweddaraf a gadwyd</translation>
    </message>
    <message>
        <source>Ecomap &amp;guide</source>
        <translation>&amp;Canllaw Ecomap</translation>
    </message>
    <message>
        <source>what the map shows and how to draw it with a client</source>
        <translation>beth mae'r map yn ei ddangos a sut i'w lunio gyda chleient</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Llwybrau byr &amp;bysellfwrdd</translation>
    </message>
    <message>
        <source>this list</source>
        <translation>y rhestr hon</translation>
    </message>
    <message>
        <source>Double-click empty canvas</source>
        <translation>Clicio dwbl ar gynfas wag</translation>
    </message>
    <message>
        <source>add a person there, then type the name</source>
        <translation>ychwanegu person yno, yna teipio'r enw</translation>
    </message>
    <message>
        <source>Drag from a person's rim to another</source>
        <translation>Llusgo o ymyl person i un arall</translation>
    </message>
    <message>
        <source>tie them (default capital)</source>
        <translation>creu perthynas rhyngddynt (y cyfalaf rhagosodedig)</translation>
    </message>
    <message>
        <source>Double-click a person</source>
        <translation>Clicio dwbl ar berson</translation>
    </message>
    <message>
        <source>rename them</source>
        <translation>ei ailenwi</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>select the next / previous person, then the ties</source>
        <translation>dewis y person nesaf / blaenorol, yna'r perthnasoedd</translation>
    </message>
    <message>
        <source>Shift+arrow keys</source>
        <translation>Shift+bysellau saeth</translation>
    </message>
    <message>
        <source>add the nearest person that way to the selection</source>
        <translation>ychwanegu'r person agosaf i'r cyfeiriad hwnnw at y dewis</translation>
    </message>
    <message>
        <source>Arrow keys (Alt: finer)</source>
        <translation>Bysellau saeth (Alt: manylach)</translation>
    </message>
    <message>
        <source>move the selected people</source>
        <translation>symud y bobl a ddewiswyd</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Golygu</translation>
    </message>
    <message>
        <source>&amp;Tie</source>
        <translation>&amp;Perthynas</translation>
    </message>
    <message>
        <source>Fl&amp;ow of energy</source>
        <translation>Ll&amp;if egni</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>G&amp;weld</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Agor &amp;diweddar</translation>
    </message>
    <message>
        <source>undo the last change</source>
        <translation>dadwneud y newid diwethaf</translation>
    </message>
    <message>
        <source>redo it</source>
        <translation>ei ailwneud</translation>
    </message>
    <message>
        <source>{keys} on the map</source>
        <translation>{keys} ar y map</translation>
    </message>
    <message>
        <source>{keys}, or {map_keys}</source>
        <translation>{keys}, neu {map_keys}</translation>
    </message>
    <message>
        <source>{keys} or {key}</source>
        <translation>{keys} neu {key}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The case could not be opened from the team store.</source>
        <translation>Nid oedd modd agor yr achos o storfa'r tîm.</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>Autosaved at {time}, in case Ecomap stops; Save gives the case a file</source>
        <translation>Cadwyd yn awtomatig am {time}, rhag ofn i Ecomap stopio; mae Cadw yn rhoi ffeil i'r achos</translation>
    </message>
    <message>
        <source>Autosaved at {time} in the team store, in case Ecomap stops; Save keeps the changes</source>
        <translation>Cadwyd yn awtomatig am {time} yn storfa'r tîm, rhag ofn i Ecomap stopio; mae Cadw yn cadw'r newidiadau</translation>
    </message>
    <message>
        <source>Autosaved at {time}, in case Ecomap stops; Save keeps the changes</source>
        <translation>Cadwyd yn awtomatig am {time}, rhag ofn i Ecomap stopio; mae Cadw yn cadw'r newidiadau</translation>
    </message>
    <message>
        <source>Autosave failed: {error}</source>
        <translation>Methodd y cadw awtomatig: {error}</translation>
    </message>
    <message>
        <source>The autosaved changes could not be removed: {error}</source>
        <translation>Nid oedd modd dileu'r newidiadau a gadwyd yn awtomatig: {error}</translation>
    </message>
</context>
<context>
    <name>BackgroundWork</name>
    <message>
        <source>Cancel</source>
        <translation>Diddymu</translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <source>Select one person to tie to the client, or two people to tie together</source>
        <translation>Dewiswch un person i greu perthynas â'r cleient, neu ddau berson i greu perthynas rhyngddynt</translation>
    </message>
    <message>
        <source>Select a tie first</source>
        <translation>Dewiswch berthynas yn gyntaf</translation>
    </message>
    <message>
        <source>Auto-arrange</source>
        <translation>Trefnu'n awtomatig</translation>
    </message>
    <message numerus="yes">
        <source>Arranging %n people and places…</source>
        <translation>
            <numerusform>Yn trefnu %n o bobl a lleoedd…</numerusform>
            <numerusform>Yn trefnu %n person neu le…</numerusform>
            <numerusform>Yn trefnu %n o bobl a lleoedd…</numerusform>
            <numerusform>Yn trefnu %n o bobl a lleoedd…</numerusform>
            <numerusform>Yn trefnu %n o bobl a lleoedd…</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto-arrange cancelled; nothing moved</source>
        <translation>Diddymwyd trefnu'n awtomatig; ni symudodd dim</translation>
    </message>
    <message>
        <source>The client stays on their own map</source>
        <translation>Mae'r cleient yn aros ar eu map eu hunain</translation>
    </message>
    <message>
        <source>{first} and {second} are already tied</source>
        <translation>Mae perthynas eisoes rhwng {first} a {second}</translation>
    </message>
    <message>
        <source>Nobody further left of {name}</source>
        <translation>Does neb ymhellach i'r chwith o {name}</translation>
    </message>
    <message>
        <source>Nobody further right of {name}</source>
        <translation>Does neb ymhellach i'r dde o {name}</translation>
    </message>
    <message>
        <source>Nobody further up from {name}</source>
        <translation>Does neb ymhellach i fyny o {name}</translation>
    </message>
    <message>
        <source>Nobody further down from {name}</source>
        <translation>Does neb ymhellach i lawr o {name}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Type a name, then Enter</source>
        <translation>Teipiwch enw, yna Enter</translation>
    </message>
    <message>
        <source>Ecomap canvas</source>
        <translation>Cynfas ecomap</translation>
    </message>
    <message>
        <source>The client's map. Tab moves between people, then ties; Shift and an arrow key adds the nearest person that way; arrow keys move them; Enter renames; B, R, L set a tie's capital; 1, 2, 3 its strength; S stress; F flow.</source>
        <translation>Map y cleient. Mae Tab yn symud rhwng pobl, yna perthnasoedd; mae Shift a bysell saeth yn ychwanegu'r person agosaf i'r cyfeiriad hwnnw; mae'r bysellau saeth yn eu symud; mae Enter yn ailenwi; mae B, R, L yn gosod cyfalaf perthynas; 1, 2, 3 ei chryfder; S straen; F llif egni.</translation>
    </message>
</context>
<context>
    <name>CanvasAccess</name>
    <message>
        <source>close ring</source>
        <translation>cylch agos</translation>
    </message>
    <message>
        <source>middle ring</source>
        <translation>cylch canol</translation>
    </message>
    <message>
        <source>outer ring</source>
        <translation>cylch allanol</translation>
    </message>
    <message>
        <source>beyond the rings</source>
        <translation>y tu hwnt i'r cylchoedd</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(dienw)</translation>
    </message>
    <message>
        <source>flows both ways</source>
        <translation>llif egni'r ddwy ffordd</translation>
    </message>
    <message>
        <source>flows from {first} to {second}</source>
        <translation>llif egni o {first} i {second}</translation>
    </message>
    <message>
        <source>stressful</source>
        <translation>dan straen</translation>
    </message>
    <message numerus="yes">
        <source>the client, %n tie(s)</source>
        <translation>
            <numerusform>y cleient, %n perthynas</numerusform>
            <numerusform>y cleient, %n perthynas</numerusform>
            <numerusform>y cleient, %n perthynas</numerusform>
            <numerusform>y cleient, %n perthynas</numerusform>
            <numerusform>y cleient, %n perthynas</numerusform>
        </translation>
    </message>
    <message>
        <source>{kind}, {domain}, {ring}</source>
        <translation>{kind}, {domain}, {ring}</translation>
    </message>
    <message>
        <source>no tie to the client</source>
        <translation>dim perthynas â'r cleient</translation>
    </message>
    <message>
        <source>tie to the client: {tie}</source>
        <translation>perthynas â'r cleient: {tie}</translation>
    </message>
    <message numerus="yes">
        <source>%n other tie(s)</source>
        <translation>
            <numerusform>%n perthynas arall</numerusform>
            <numerusform>%n perthynas arall</numerusform>
            <numerusform>%n perthynas arall</numerusform>
            <numerusform>%n perthynas arall</numerusform>
            <numerusform>%n perthynas arall</numerusform>
        </translation>
    </message>
    <message>
        <source>Tie: {first} – {second}</source>
        <translation>Perthynas: {first} – {second}</translation>
    </message>
    <message numerus="yes">
        <source>%n open action(s) in the plan</source>
        <translation>
            <numerusform>%n cam agored yn y cynllun</numerusform>
            <numerusform>%n cam agored yn y cynllun</numerusform>
            <numerusform>%n cam agored yn y cynllun</numerusform>
            <numerusform>%n cam agored yn y cynllun</numerusform>
            <numerusform>%n cam agored yn y cynllun</numerusform>
        </translation>
    </message>
    <message>
        <source>notes: {notes}</source>
        <translation>nodiadau: {notes}</translation>
    </message>
    <message>
        <source>{name}: the client</source>
        <translation>{name}: y cleient</translation>
    </message>
    <message>
        <source>{name}: {kind}, {domain}</source>
        <translation>{name}: {kind}, {domain}</translation>
    </message>
</context>
<context>
    <name>CaseCopy</name>
    <message>
        <source>{name} copy</source>
        <translation>{name} copi</translation>
    </message>
    <message>
        <source>The copy was not saved.</source>
        <translation>Ni chafodd y copi ei gadw.</translation>
    </message>
    <message>
        <source>Save a copy of the case</source>
        <translation>Cadw copi o'r achos</translation>
    </message>
    <message>
        <source>Saved a copy as {copy}, protected by the same passphrase; still working on {file}</source>
        <translation>Cadwyd copi fel {copy}, wedi'i ddiogelu gan yr un cyfrinymadrodd; yn dal i weithio ar {file}</translation>
    </message>
    <message>
        <source>Saved a copy as {copy}; still working on {file}</source>
        <translation>Cadwyd copi fel {copy}; yn dal i weithio ar {file}</translation>
    </message>
    <message>
        <source>Saved a copy as {copy}, protected by the same passphrase</source>
        <translation>Cadwyd copi fel {copy}, wedi'i ddiogelu gan yr un cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Saved a copy as {copy}</source>
        <translation>Cadwyd copi fel {copy}</translation>
    </message>
    <message>
        <source>{path}: could not be written ({reason})</source>
        <translation>{path}: nid oedd modd ei ysgrifennu ({reason})</translation>
    </message>
</context>
<context>
    <name>CaseDetails</name>
    <message>
        <source>Change case details</source>
        <translation>Newid manylion yr achos</translation>
    </message>
    <message>
        <source>OK saves the details in the case file at once; Edit &gt; Undo takes them back.</source>
        <translation>Mae Iawn yn cadw'r manylion yn y ffeil achos ar unwaith; mae Golygu &gt; Dadwneud yn eu dadwneud.</translation>
    </message>
    <message>
        <source>The details stay with this new case and go into its file when you save it.</source>
        <translation>Mae'r manylion yn aros gyda'r achos newydd hwn ac yn mynd i'w ffeil pan fyddwch yn ei gadw.</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Cyfeirnod yr achos</translation>
    </message>
    <message>
        <source>Client's name</source>
        <translation>Enw'r cleient</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Gweithiwr</translation>
    </message>
    <message>
        <source>Case notes</source>
        <translation>Nodiadau'r achos</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <source>Case details</source>
        <translation>Manylion yr achos</translation>
    </message>
    <message>
        <source>The order or plan, and what matters to the client (optional)</source>
        <translation>Y gorchymyn neu'r cynllun, a'r hyn sy'n bwysig i'r cleient (dewisol)</translation>
    </message>
    <message>
        <source>Case &amp;notes</source>
        <translation>&amp;Nodiadau'r achos</translation>
    </message>
    <message>
        <source>Show the new first name at the centre of the map</source>
        <translation>Dangos yr enw cyntaf newydd yng nghanol y map</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Show “{new}” at the centre of the map (it shows “{old}” now)</source>
        <translation>Dangos “{new}” yng nghanol y map (mae'n dangos “{old}” nawr)</translation>
    </message>
    <message>
        <source>The case details were not changed.</source>
        <translation>Ni newidiwyd manylion yr achos.</translation>
    </message>
    <message>
        <source>The case details were not changed back.</source>
        <translation>Ni newidiwyd manylion yr achos yn ôl.</translation>
    </message>
    <message>
        <source>Changed the case details and the name at the centre of the map</source>
        <translation>Newidiwyd manylion yr achos a'r enw yng nghanol y map</translation>
    </message>
    <message>
        <source>Changed the case details</source>
        <translation>Newidiwyd manylion yr achos</translation>
    </message>
    <message>
        <source>This case is {reason}: its details can be read here but not changed.</source>
        <translation>Mae'r achos hwn {reason}: gellir darllen ei fanylion yma ond nid eu newid.</translation>
    </message>
    <message>
        <source>Versions are being compared: close the comparison to change the case details.</source>
        <translation>Mae fersiynau'n cael eu cymharu: caewch y gymhariaeth i newid manylion yr achos.</translation>
    </message>
    <message>
        <source>A saved version is shown: go back to the working draft to change the case details.</source>
        <translation>Mae fersiwn wedi'i chadw yn cael ei dangos: ewch yn ôl i'r drafft gwaith i newid manylion yr achos.</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>Family member</source>
        <translation>Aelod o'r teulu</translation>
    </message>
    <message>
        <source>Mum</source>
        <translation>Mam</translation>
    </message>
    <message>
        <source>Dad</source>
        <translation>Tad</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Plentyn</translation>
    </message>
    <message>
        <source>Brother</source>
        <translation>Brawd</translation>
    </message>
    <message>
        <source>Sister</source>
        <translation>Chwaer</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>Nain neu daid</translation>
    </message>
    <message>
        <source>Pet</source>
        <translation>Anifail anwes</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Ffrind</translation>
    </message>
    <message>
        <source>Neighbour</source>
        <translation>Cymydog</translation>
    </message>
    <message>
        <source>Group of friends</source>
        <translation>Criw o ffrindiau</translation>
    </message>
    <message>
        <source>Peer mentor</source>
        <translation>Mentor cymheiriaid</translation>
    </message>
    <message>
        <source>Community mentor</source>
        <translation>Mentor cymunedol</translation>
    </message>
    <message>
        <source>Relational navigator</source>
        <translation>Llywiwr perthnasoedd</translation>
    </message>
    <message>
        <source>Recovery group</source>
        <translation>Grŵp adferiad</translation>
    </message>
    <message>
        <source>Recovery community</source>
        <translation>Cymuned adferiad</translation>
    </message>
    <message>
        <source>Faith group</source>
        <translation>Grŵp ffydd</translation>
    </message>
    <message>
        <source>Sports club</source>
        <translation>Clwb chwaraeon</translation>
    </message>
    <message>
        <source>Volunteering</source>
        <translation>Gwirfoddoli</translation>
    </message>
    <message>
        <source>Online community</source>
        <translation>Cymuned ar-lein</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Cyflogwr</translation>
    </message>
    <message>
        <source>College</source>
        <translation>Coleg</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Ysgol</translation>
    </message>
    <message>
        <source>GP</source>
        <translation>Meddyg teulu</translation>
    </message>
    <message>
        <source>Mental health team</source>
        <translation>Tîm iechyd meddwl</translation>
    </message>
    <message>
        <source>Drug and alcohol service</source>
        <translation>Gwasanaeth cyffuriau ac alcohol</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Tai</translation>
    </message>
    <message>
        <source>Job centre</source>
        <translation>Canolfan waith</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Budd-daliadau</translation>
    </message>
    <message>
        <source>Probation officer</source>
        <translation>Swyddog prawf</translation>
    </message>
    <message>
        <source>Youth offending team</source>
        <translation>Tîm troseddau ieuenctid</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Heddlu</translation>
    </message>
    <message>
        <source>Solicitor</source>
        <translation>Cyfreithiwr</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Llys</translation>
    </message>
</context>
<context>
    <name>ChangeList</name>
    <message>
        <source>Plan</source>
        <translation>Cynllun</translation>
    </message>
    <message>
        <source>the working draft</source>
        <translation>y drafft gwaith</translation>
    </message>
    <message>
        <source>Version {number} ({details})</source>
        <translation>Fersiwn {number} ({details})</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Newidiadau</translation>
    </message>
    <message>
        <source>What changed, grouped. Choose a change to show it on the map.</source>
        <translation>Beth newidiodd, wedi'i grwpio. Dewiswch newid i'w ddangos ar y map.</translation>
    </message>
    <message numerus="yes">
        <source>Heading of %n line(s)</source>
        <translation>
            <numerusform>Pennawd dros %n llinell</numerusform>
            <numerusform>Pennawd dros %n llinell</numerusform>
            <numerusform>Pennawd dros %n llinell</numerusform>
            <numerusform>Pennawd dros %n llinell</numerusform>
            <numerusform>Pennawd dros %n llinell</numerusform>
        </translation>
    </message>
    <message>
        <source>Under {heading}. Choose it to show it on the map.</source>
        <translation>O dan {heading}. Dewiswch ef i'w ddangos ar y map.</translation>
    </message>
</context>
<context>
    <name>ChangeWords</name>
    <message>
        <source>unnamed</source>
        <translation>dienw</translation>
    </message>
    <message>
        <source>both ways</source>
        <translation>y ddwy ffordd</translation>
    </message>
    <message>
        <source>not marked</source>
        <translation>heb ei nodi</translation>
    </message>
    <message>
        <source>to {name}</source>
        <translation>i {name}</translation>
    </message>
    <message>
        <source>An arrow at {receiver}: energy and resources flow from {giver} to {receiver}</source>
        <translation>Saeth wrth {receiver}: mae egni ac adnoddau'n llifo o {giver} i {receiver}</translation>
    </message>
    <message>
        <source>Arrows at both ends: energy and resources flow both ways</source>
        <translation>Saethau ar y ddau ben: mae egni ac adnoddau'n llifo'r ddwy ffordd</translation>
    </message>
    <message>
        <source>No arrows: no flow of energy or resources marked</source>
        <translation>Dim saethau: dim llif egni nac adnoddau wedi'i nodi</translation>
    </message>
    <message>
        <source>{strength}, stressful</source>
        <translation>{strength}, dan straen</translation>
    </message>
    <message>
        <source>New bonding tie: {who}, {looks}</source>
        <translation>Perthynas glymu newydd: {who}, {looks}</translation>
    </message>
    <message>
        <source>New bridging tie: {who}, {looks}</source>
        <translation>Perthynas bontio newydd: {who}, {looks}</translation>
    </message>
    <message>
        <source>New linking tie: {who}, {looks}</source>
        <translation>Perthynas gysylltu newydd: {who}, {looks}</translation>
    </message>
    <message>
        <source>New on the map: {person}</source>
        <translation>Newydd ar y map: {person}</translation>
    </message>
    <message>
        <source>Ended: {who} (was {capital}, {looks})</source>
        <translation>Wedi dod i ben: {who} (cyn hyn: {capital}, {looks})</translation>
    </message>
    <message>
        <source>No longer on the map: {person}</source>
        <translation>Dim ar y map mwyach: {person}</translation>
    </message>
    <message>
        <source>{who}: {old} → {new} capital</source>
        <translation>{who}: cyfalaf {old} → {new}</translation>
    </message>
    <message>
        <source>{who}: became stressful</source>
        <translation>{who}: bellach dan straen</translation>
    </message>
    <message>
        <source>{who}: no longer stressful</source>
        <translation>{who}: dim dan straen mwyach</translation>
    </message>
    <message>
        <source>{who}: flow no longer marked (was {was})</source>
        <translation>{who}: llif egni heb ei nodi mwyach (cyn hyn: {was})</translation>
    </message>
    <message>
        <source>{who}: flow now {now} (was {was})</source>
        <translation>{who}: llif egni bellach {now} (cyn hyn: {was})</translation>
    </message>
    <message>
        <source>{who}: notes on the tie changed</source>
        <translation>{who}: nodiadau'r berthynas wedi newid</translation>
    </message>
    <message numerus="yes">
        <source>Notes changed on %n tie(s): {names}</source>
        <translation>
            <numerusform>Nodiadau wedi newid ar %n perthynas: {names}</numerusform>
            <numerusform>Nodiadau wedi newid ar %n perthynas: {names}</numerusform>
            <numerusform>Nodiadau wedi newid ar %n perthynas: {names}</numerusform>
            <numerusform>Nodiadau wedi newid ar %n perthynas: {names}</numerusform>
            <numerusform>Nodiadau wedi newid ar %n perthynas: {names}</numerusform>
        </translation>
    </message>
    <message>
        <source>renamed from {old}</source>
        <translation>enw newydd (cyn hyn: {old})</translation>
    </message>
    <message>
        <source>moved from {old} to {new}</source>
        <translation>wedi symud: {old} → {new}</translation>
    </message>
    <message>
        <source>the client</source>
        <translation>y cleient</translation>
    </message>
    <message>
        <source>a person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>a pet</source>
        <translation>anifail anwes</translation>
    </message>
    <message>
        <source>a group</source>
        <translation>grŵp</translation>
    </message>
    <message>
        <source>an organisation</source>
        <translation>sefydliad</translation>
    </message>
    <message>
        <source>now {new} (was {old})</source>
        <translation>math bellach: {new} (cyn hyn: {old})</translation>
    </message>
    <message>
        <source>notes changed</source>
        <translation>nodiadau wedi newid</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Newydd</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Wedi dod i ben</translation>
    </message>
    <message>
        <source>Stronger</source>
        <translation>Cryfach</translation>
    </message>
    <message>
        <source>Weaker</source>
        <translation>Gwannach</translation>
    </message>
    <message>
        <source>Re-typed</source>
        <translation>Math wedi newid</translation>
    </message>
    <message>
        <source>Stress</source>
        <translation>Straen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
    <message>
        <source>No changes: both versions hold the same people and ties, described the same way.</source>
        <translation>Dim newidiadau: mae'r ddwy fersiwn yn cynnwys yr un bobl a pherthnasoedd, wedi'u disgrifio yr un fath.</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n newydd</numerusform>
            <numerusform>%n newydd</numerusform>
            <numerusform>%n newydd</numerusform>
            <numerusform>%n newydd</numerusform>
            <numerusform>%n newydd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ended</source>
        <translation>
            <numerusform>%n wedi dod i ben</numerusform>
            <numerusform>%n wedi dod i ben</numerusform>
            <numerusform>%n wedi dod i ben</numerusform>
            <numerusform>%n wedi dod i ben</numerusform>
            <numerusform>%n wedi dod i ben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stronger</source>
        <translation>
            <numerusform>%n cryfach</numerusform>
            <numerusform>%n cryfach</numerusform>
            <numerusform>%n cryfach</numerusform>
            <numerusform>%n cryfach</numerusform>
            <numerusform>%n cryfach</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weaker</source>
        <translation>
            <numerusform>%n gwannach</numerusform>
            <numerusform>%n gwannach</numerusform>
            <numerusform>%n gwannach</numerusform>
            <numerusform>%n gwannach</numerusform>
            <numerusform>%n gwannach</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n re-typed</source>
        <translation>
            <numerusform>%n math wedi newid</numerusform>
            <numerusform>%n math wedi newid</numerusform>
            <numerusform>%n math wedi newid</numerusform>
            <numerusform>%n math wedi newid</numerusform>
            <numerusform>%n math wedi newid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stress change(s)</source>
        <translation>
            <numerusform>%n newid straen</numerusform>
            <numerusform>%n newid straen</numerusform>
            <numerusform>%n newid straen</numerusform>
            <numerusform>%n newid straen</numerusform>
            <numerusform>%n newid straen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other change(s)</source>
        <translation>
            <numerusform>%n newid arall</numerusform>
            <numerusform>%n newid arall</numerusform>
            <numerusform>%n newid arall</numerusform>
            <numerusform>%n newid arall</numerusform>
            <numerusform>%n newid arall</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Dim newidiadau</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>interrupted</source>
        <translation>torrwyd ar draws</translation>
    </message>
    <message>
        <source>unexpected error ({error}); set ECOMAP_DEBUG=1 for details</source>
        <translation>gwall annisgwyl ({error}); gosodwch ECOMAP_DEBUG=1 am fanylion</translation>
    </message>
    <message>
        <source>the editor cannot start: the Qt toolkit (PySide6) could not be loaded ({error})</source>
        <translation>ni all y golygydd gychwyn: nid oedd modd llwytho pecyn cymorth Qt (PySide6) ({error})</translation>
    </message>
    <message>
        <source>warning</source>
        <comment>before a warning on stderr: ecomap: warning: FILE: ...</comment>
        <translation>rhybudd</translation>
    </message>
</context>
<context>
    <name>CliArguments</name>
    <message>
        <source>{command}: {message} (see '{command} --help')</source>
        <translation>{command}: {message} (gweler '{command} --help')</translation>
    </message>
    <message>
        <source>{text} is not a version number</source>
        <translation>nid yw {text} yn rhif fersiwn</translation>
    </message>
    <message>
        <source>{text} is not a version number (they start at 1)</source>
        <translation>nid yw {text} yn rhif fersiwn (maen nhw'n dechrau ar 1)</translation>
    </message>
    <message>
        <source>{text} is not a text size: give a factor from {low} to {high} (the editor's are {sizes})</source>
        <translation>nid yw {text} yn faint testun: rhowch ffactor o {low} i {high} (rhai'r golygydd yw {sizes})</translation>
    </message>
    <message>
        <source>{text} is not one of the editor's text sizes ({sizes})</source>
        <translation>nid yw {text} yn un o feintiau testun y golygydd ({sizes})</translation>
    </message>
    <message>
        <source>{text} is not a window size: give WIDTHxHEIGHT, e.g. 1024x600</source>
        <translation>nid yw {text} yn faint ffenestr: rhowch LLEDxUCHDER, e.e. 1024x600</translation>
    </message>
    <message>
        <source>{text} runs backwards</source>
        <translation>mae {text} yn rhedeg tuag yn ôl</translation>
    </message>
    <message>
        <source>{text} is not a count of cases (1 or more)</source>
        <translation>nid yw {text} yn nifer o achosion (1 neu fwy)</translation>
    </message>
</context>
<context>
    <name>CliArrange</name>
    <message>
        <source>As saved, at text size {size}:</source>
        <translation>Fel y'i cadwyd, ar faint testun {size}:</translation>
    </message>
    <message>
        <source>Arranged, at text size {size}:</source>
        <translation>Wedi'i drefnu, ar faint testun {size}:</translation>
    </message>
    <message>
        <source>Reads at a glance: nothing overlaps.</source>
        <translation>Yn hawdd ei ddarllen ar unwaith: does dim yn gorgyffwrdd.</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) shortened to fit (whole in the editor and the PDF).</source>
        <translation>
            <numerusform>%n label wedi'i fyrhau i ffitio (yn llawn yn y golygydd a'r PDF).</numerusform>
            <numerusform>%n label wedi'i fyrhau i ffitio (yn llawn yn y golygydd a'r PDF).</numerusform>
            <numerusform>%n label wedi'i fyrhau i ffitio (yn llawn yn y golygydd a'r PDF).</numerusform>
            <numerusform>%n label wedi'i fyrhau i ffitio (yn llawn yn y golygydd a'r PDF).</numerusform>
            <numerusform>%n label wedi'i fyrhau i ffitio (yn llawn yn y golygydd a'r PDF).</numerusform>
        </translation>
    </message>
    <message>
        <source>Rings: {size}.</source>
        <translation>Cylchoedd: {size}.</translation>
    </message>
    <message>
        <source>Rings: grown to {size} (saved at {saved}).</source>
        <translation>Cylchoedd: wedi tyfu i {size} (wedi'u cadw ar {saved}).</translation>
    </message>
    <message>
        <source>Rings: shrunk to {size} (saved at {saved}).</source>
        <translation>Cylchoedd: wedi crebachu i {size} (wedi'u cadw ar {saved}).</translation>
    </message>
    <message>
        <source>Rings: {size}, as saved.</source>
        <translation>Cylchoedd: {size}, fel y'u cadwyd.</translation>
    </message>
    <message numerus="yes">
        <source>Moved: {moved} of %n people and places.</source>
        <translation>
            <numerusform>Wedi symud: {moved} o %n person a lle.</numerusform>
            <numerusform>Wedi symud: {moved} o %n person neu le.</numerusform>
            <numerusform>Wedi symud: {moved} o %n person a lle.</numerusform>
            <numerusform>Wedi symud: {moved} o %n person a lle.</numerusform>
            <numerusform>Wedi symud: {moved} o %n person a lle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was saved: --json prints the arranged version as a document to import.</source>
        <translation>Ni chadwyd dim: mae --json yn argraffu'r fersiwn wedi'i threfnu fel dogfen i'w mewnforio.</translation>
    </message>
    <message>
        <source>the standard size</source>
        <translation>y maint safonol</translation>
    </message>
    <message>
        <source>{factor} times the standard size</source>
        <translation>{factor} gwaith y maint safonol</translation>
    </message>
</context>
<context>
    <name>CliCohort</name>
    <message>
        <source>a cohort is written as .csv or .pdf; give a name ending in one of them</source>
        <translation>caiff carfan ei hysgrifennu fel .csv neu .pdf; rhowch enw sy'n gorffen ag un ohonyn nhw</translation>
    </message>
    <message>
        <source>is a folder</source>
        <translation>ffolder yw hwn</translation>
    </message>
    <message>
        <source>its folder does not exist</source>
        <translation>nid yw ei ffolder yn bodoli</translation>
    </message>
    <message>
        <source>no case could be read for the cohort ({reasons})</source>
        <translation>nid oedd modd darllen unrhyw achos ar gyfer y garfan ({reasons})</translation>
    </message>
    <message>
        <source>no case files found</source>
        <translation>ni chafwyd hyd i ffeiliau achos</translation>
    </message>
    <message>
        <source>skipped {source}: {reason}</source>
        <translation>hepgorwyd {source}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>{output}: wrote the cohort of %n case(s)</source>
        <translation>
            <numerusform>{output}: ysgrifennwyd y garfan o %n achos</numerusform>
            <numerusform>{output}: ysgrifennwyd y garfan o %n achos</numerusform>
            <numerusform>{output}: ysgrifennwyd y garfan o %n achos</numerusform>
            <numerusform>{output}: ysgrifennwyd y garfan o %n achos</numerusform>
            <numerusform>{output}: ysgrifennwyd y garfan o %n achos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cohort of %n case(s), {start} to {end}</source>
        <translation>
            <numerusform>Carfan o %n achos, {start} i {end}</numerusform>
            <numerusform>Carfan o %n achos, {start} i {end}</numerusform>
            <numerusform>Carfan o %n achos, {start} i {end}</numerusform>
            <numerusform>Carfan o %n achos, {start} i {end}</numerusform>
            <numerusform>Carfan o %n achos, {start} i {end}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cohort of %n case(s)</source>
        <translation>
            <numerusform>Carfan o %n achos</numerusform>
            <numerusform>Carfan o %n achos</numerusform>
            <numerusform>Carfan o %n achos</numerusform>
            <numerusform>Carfan o %n achos</numerusform>
            <numerusform>Carfan o %n achos</numerusform>
        </translation>
    </message>
    <message>
        <source>Effective size</source>
        <translation>Maint effeithiol</translation>
    </message>
    <message>
        <source>Client ties (mean)</source>
        <translation>Perthnasoedd y cleient (cymedr)</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Cyntaf</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Diweddaraf</translation>
    </message>
    <message>
        <source>Rose</source>
        <translation>Cododd</translation>
    </message>
    <message>
        <source>Fell</source>
        <translation>Gostyngodd</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Yr un fath</translation>
    </message>
    <message>
        <source>Community asset</source>
        <translation>Ased cymunedol</translation>
    </message>
    <message>
        <source>Cases first</source>
        <translation>Achosion ar y cyntaf</translation>
    </message>
    <message>
        <source>Cases latest</source>
        <translation>Achosion ar y diweddaraf</translation>
    </message>
    <message numerus="yes">
        <source>%n more asset(s) reached by fewer than {k} cases not shown.</source>
        <translation>
            <numerusform>Heb ddangos %n ased arall a gyrhaeddwyd gan lai na {k} achos.</numerusform>
            <numerusform>Heb ddangos %n ased arall a gyrhaeddwyd gan lai na {k} achos.</numerusform>
            <numerusform>Heb ddangos %n ased arall a gyrhaeddwyd gan lai na {k} achos.</numerusform>
            <numerusform>Heb ddangos %n ased arall a gyrhaeddwyd gan lai na {k} achos.</numerusform>
            <numerusform>Heb ddangos %n ased arall a gyrhaeddwyd gan lai na {k} achos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading cases {bar}</source>
        <translation>Yn darllen achosion {bar}</translation>
    </message>
</context>
<context>
    <name>CliDesktop</name>
    <message>
        <source>the editor needs a display (a desktop session), and none was found; QT_QPA_PLATFORM=offscreen runs it without one (for screenshots and tests); the other commands need none</source>
        <translation>mae angen sgrin (sesiwn bwrdd gwaith) ar y golygydd, ac ni chafwyd hyd i un; mae QT_QPA_PLATFORM=offscreen yn ei redeg heb un (ar gyfer sgrinluniau a phrofion); nid oes angen un ar y gorchmynion eraill</translation>
    </message>
    <message>
        <source>the editor needs a display, and QT_QPA_PLATFORM=xcb asks for an X11 one but DISPLAY is not set; QT_QPA_PLATFORM=offscreen runs it without one (for screenshots and tests)</source>
        <translation>mae angen sgrin ar y golygydd, ac mae QT_QPA_PLATFORM=xcb yn gofyn am un X11 ond nid yw DISPLAY wedi'i osod; mae QT_QPA_PLATFORM=offscreen yn ei redeg heb un (ar gyfer sgrinluniau a phrofion)</translation>
    </message>
    <message>
        <source>the editor needs the system library {names} on Linux; install with: sudo apt install {packages} (on Fedora and Arch the xcb-util packages, e.g. xcb-util-cursor)</source>
        <translation>mae angen llyfrgell system {names} ar y golygydd ar Linux; gosodwch gyda: sudo apt install {packages} (ar Fedora ac Arch, y pecynnau xcb-util, e.e. xcb-util-cursor)</translation>
    </message>
    <message>
        <source>the editor needs the system libraries {names} on Linux; install with: sudo apt install {packages} (on Fedora and Arch the xcb-util packages, e.g. xcb-util-cursor)</source>
        <translation>mae angen llyfrgelloedd system {names} ar y golygydd ar Linux; gosodwch gyda: sudo apt install {packages} (ar Fedora ac Arch, y pecynnau xcb-util, e.e. xcb-util-cursor)</translation>
    </message>
</context>
<context>
    <name>CliPassphrases</name>
    <message>
        <source>{error} with --passphrase-file FILE or in {variable}</source>
        <translation>{error} gyda --passphrase-file FILE neu yn {variable}</translation>
    </message>
    <message>
        <source>is a folder, not a passphrase file</source>
        <translation>ffolder yw hwn, nid ffeil cyfrinymadrodd</translation>
    </message>
    <message>
        <source>the passphrase file is not UTF-8 text</source>
        <translation>nid testun UTF-8 yw'r ffeil cyfrinymadrodd</translation>
    </message>
    <message>
        <source>the passphrase file's first line is empty; a passphrase cannot be empty</source>
        <translation>mae llinell gyntaf y ffeil cyfrinymadrodd yn wag; ni all cyfrinymadrodd fod yn wag</translation>
    </message>
    <message>
        <source>the passphrase file holds a NUL character, which a passphrase cannot</source>
        <translation>mae nod NUL yn y ffeil cyfrinymadrodd, ac ni all cyfrinymadrodd gynnwys un</translation>
    </message>
</context>
<context>
    <name>CliPlan</name>
    <message>
        <source>ecomap plan: -o writes every version's plan; leave out --version and --json (see 'ecomap plan --help')</source>
        <translation>ecomap plan: mae -o yn ysgrifennu cynllun pob fersiwn; gadewch --version a --json allan (gweler 'ecomap plan --help')</translation>
    </message>
    <message>
        <source>No actions in this version's plan.</source>
        <translation>Dim camau yng nghynllun y fersiwn hon.</translation>
    </message>
    <message numerus="yes">
        <source>Plan (%n action(s)):</source>
        <translation>
            <numerusform>Cynllun (%n cam):</numerusform>
            <numerusform>Cynllun (%n cam):</numerusform>
            <numerusform>Cynllun (%n cam):</numerusform>
            <numerusform>Cynllun (%n cam):</numerusform>
            <numerusform>Cynllun (%n cam):</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Ynghylch</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Perchennog</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <source>Since version {number}</source>
        <translation>Ers fersiwn {number}</translation>
    </message>
    <message>
        <source>new in this plan</source>
        <translation>newydd yn y cynllun hwn</translation>
    </message>
    <message>
        <source>then {status}; {outcome}</source>
        <translation>bryd hynny: {status}; {outcome}</translation>
    </message>
    <message>
        <source>then {status}</source>
        <translation>bryd hynny: {status}</translation>
    </message>
    <message>
        <source>the plan is exported as CSV; give a name ending in .csv</source>
        <translation>caiff y cynllun ei allforio fel CSV; rhowch enw sy'n gorffen â .csv</translation>
    </message>
    <message numerus="yes">
        <source>{output}: wrote %n action(s) {from_versions}</source>
        <translation>
            <numerusform>{output}: ysgrifennwyd %n cam {from_versions}</numerusform>
            <numerusform>{output}: ysgrifennwyd %n cam {from_versions}</numerusform>
            <numerusform>{output}: ysgrifennwyd %n cam {from_versions}</numerusform>
            <numerusform>{output}: ysgrifennwyd %n cam {from_versions}</numerusform>
            <numerusform>{output}: ysgrifennwyd %n cam {from_versions}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %n version(s)</source>
        <translation>
            <numerusform>o %n fersiwn</numerusform>
            <numerusform>o %n fersiwn</numerusform>
            <numerusform>o %n fersiwn</numerusform>
            <numerusform>o %n fersiwn</numerusform>
            <numerusform>o %n fersiwn</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing stands out as thin on this map.</source>
        <translation>Does dim yn amlwg yn denau ar y map hwn.</translation>
    </message>
    <message>
        <source>Where the network is thin:</source>
        <translation>Lle mae'r rhwydwaith yn denau:</translation>
    </message>
</context>
<context>
    <name>CliProtect</name>
    <message>
        <source>is already protected (or is not an Ecomap case file); to change its passphrase use --change</source>
        <translation>mae eisoes wedi'i ddiogelu (neu nid yw'n ffeil achos Ecomap); i newid ei gyfrinymadrodd defnyddiwch --change</translation>
    </message>
    <message>
        <source>is not protected, so it has no passphrase to change; use 'ecomap protect' without --change</source>
        <translation>nid yw wedi'i ddiogelu, felly does dim cyfrinymadrodd i'w newid; defnyddiwch 'ecomap protect' heb --change</translation>
    </message>
    <message>
        <source>give the new passphrase with --new-passphrase-file FILE or in {variable}</source>
        <translation>rhowch y cyfrinymadrodd newydd gyda --new-passphrase-file FILE neu yn {variable}</translation>
    </message>
    <message>
        <source>the new passphrase is empty; a passphrase cannot be empty</source>
        <translation>mae'r cyfrinymadrodd newydd yn wag; ni all cyfrinymadrodd fod yn wag</translation>
    </message>
    <message>
        <source>the new passphrase is the same as the current one; nothing was changed</source>
        <translation>mae'r cyfrinymadrodd newydd yr un fath â'r un presennol; ni newidiwyd dim</translation>
    </message>
    <message numerus="yes">
        <source>the passphrase is short (%n character(s)); several words together are easier to remember and much harder to guess</source>
        <translation>
            <numerusform>mae'r cyfrinymadrodd yn fyr (%n nod); mae sawl gair gyda'i gilydd yn haws eu cofio ac yn llawer anoddach eu dyfalu</numerusform>
            <numerusform>mae'r cyfrinymadrodd yn fyr (%n nod); mae sawl gair gyda'i gilydd yn haws eu cofio ac yn llawer anoddach eu dyfalu</numerusform>
            <numerusform>mae'r cyfrinymadrodd yn fyr (%n nod); mae sawl gair gyda'i gilydd yn haws eu cofio ac yn llawer anoddach eu dyfalu</numerusform>
            <numerusform>mae'r cyfrinymadrodd yn fyr (%n nod); mae sawl gair gyda'i gilydd yn haws eu cofio ac yn llawer anoddach eu dyfalu</numerusform>
            <numerusform>mae'r cyfrinymadrodd yn fyr (%n nod); mae sawl gair gyda'i gilydd yn haws eu cofio ac yn llawer anoddach eu dyfalu</numerusform>
        </translation>
    </message>
    <message>
        <source>{case}: passphrase changed; without the passphrase nobody can open it, and it cannot be recovered if it is lost</source>
        <translation>{case}: newidiwyd y cyfrinymadrodd; heb y cyfrinymadrodd ni all neb ei agor, ac ni ellir ei adfer os caiff ei golli</translation>
    </message>
    <message>
        <source>{case}: protected; without the passphrase nobody can open it, and it cannot be recovered if it is lost</source>
        <translation>{case}: wedi'i ddiogelu; heb y cyfrinymadrodd ni all neb ei agor, ac ni ellir ei adfer os caiff ei golli</translation>
    </message>
    <message>
        <source>is not protected; nothing was changed</source>
        <translation>nid yw wedi'i ddiogelu; ni newidiwyd dim</translation>
    </message>
    <message>
        <source>{case}: protection removed; anyone who has the file can now read it</source>
        <translation>{case}: tynnwyd y diogelwch; gall unrhyw un sydd â'r ffeil ei darllen bellach</translation>
    </message>
</context>
<context>
    <name>CliReading</name>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>People and places</source>
        <translation>Pobl a lleoedd</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>Perthnasoedd</translation>
    </message>
    <message>
        <source>Stressful</source>
        <translation>Dan straen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>Case {reference}</source>
        <translation>Achos {reference}</translation>
    </message>
    <message>
        <source>Case (no reference)</source>
        <translation>Achos (dim cyfeirnod)</translation>
    </message>
    <message>
        <source>client {name}</source>
        <translation>cleient {name}</translation>
    </message>
    <message>
        <source>worker {name}</source>
        <translation>gweithiwr {name}</translation>
    </message>
    <message>
        <source>Version {number} of {total}: {label}, {date}</source>
        <translation>Fersiwn {number} o {total}: {label}, {date}</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(dim label)</translation>
    </message>
    <message>
        <source>No versions saved yet.</source>
        <translation>Dim fersiynau wedi'u cadw eto.</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Nodyn: {note}</translation>
    </message>
    <message>
        <source>Client: {name}</source>
        <translation>Cleient: {name}</translation>
    </message>
    <message>
        <source>People and places ({count}):</source>
        <translation>Pobl a lleoedd ({count}):</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Area of life</source>
        <translation>Maes bywyd</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>Ties ({count}):</source>
        <translation>Perthnasoedd ({count}):</translation>
    </message>
    <message>
        <source>Between</source>
        <translation>Rhwng</translation>
    </message>
    <message>
        <source>Capital</source>
        <translation>Cyfalaf</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Cryfder</translation>
    </message>
    <message>
        <source>Flow of energy</source>
        <translation>Llif egni</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ydy</translation>
    </message>
    <message>
        <source>From {first} to {second}:</source>
        <translation>O {first} i {second}:</translation>
    </message>
    <message>
        <source>version {number} ({details})</source>
        <translation>fersiwn {number} ({details})</translation>
    </message>
    <message>
        <source>{case}: note: {note}</source>
        <translation>{case}: nodyn: {note}</translation>
    </message>
    <message>
        <source>, an unsaved draft</source>
        <translation>, drafft heb ei gadw</translation>
    </message>
    <message>
        <source>; protected ({how})</source>
        <translation>; wedi'i ddiogelu ({how})</translation>
    </message>
    <message numerus="yes">
        <source>{case}: ok: %n version(s){draft}{protection}; hash chain intact (latest {hash})</source>
        <translation>
            <numerusform>{case}: iawn: %n fersiwn{draft}{protection}; cadwyn hash yn gyfan (diweddaraf {hash})</numerusform>
            <numerusform>{case}: iawn: %n fersiwn{draft}{protection}; cadwyn hash yn gyfan (diweddaraf {hash})</numerusform>
            <numerusform>{case}: iawn: %n fersiwn{draft}{protection}; cadwyn hash yn gyfan (diweddaraf {hash})</numerusform>
            <numerusform>{case}: iawn: %n fersiwn{draft}{protection}; cadwyn hash yn gyfan (diweddaraf {hash})</numerusform>
            <numerusform>{case}: iawn: %n fersiwn{draft}{protection}; cadwyn hash yn gyfan (diweddaraf {hash})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{case}: %n problem(s) found</source>
        <translation>
            <numerusform>{case}: cafwyd %n problem</numerusform>
            <numerusform>{case}: cafwyd %n problem</numerusform>
            <numerusform>{case}: cafwyd %n problem</numerusform>
            <numerusform>{case}: cafwyd %n problem</numerusform>
            <numerusform>{case}: cafwyd %n problem</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliTeam</name>
    <message>
        <source>names no case: give the case's reference</source>
        <translation>nid yw'n enwi achos: rhowch gyfeirnod yr achos</translation>
    </message>
    <message>
        <source>The {store} has no cases that you may see.</source>
        <translation>Nid oes gan {store} achosion y cewch eu gweld.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Achos</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cleient</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Gweithiwr</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Fersiynau</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Diweddaraf</translation>
    </message>
    <message>
        <source>a pulled case is written as a case file; give a name ending in .ecomap</source>
        <translation>caiff achos a dynnwyd ei ysgrifennu fel ffeil achos; rhowch enw sy'n gorffen ag .ecomap</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Pryd (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Manylion</translation>
    </message>
</context>
<context>
    <name>CliWriting</name>
    <message>
        <source>is a folder; give the case file's name, e.g. client.ecomap</source>
        <translation>ffolder yw hwn; rhowch enw'r ffeil achos, e.e. cleient.ecomap</translation>
    </message>
    <message>
        <source>its folder does not exist</source>
        <translation>nid yw ei ffolder yn bodoli</translation>
    </message>
    <message>
        <source>is one of the files being imported</source>
        <translation>mae'n un o'r ffeiliau sy'n cael eu mewnforio</translation>
    </message>
    <message numerus="yes">
        <source>{source}: imported %n version(s) ({format})</source>
        <translation>
            <numerusform>{source}: mewnforiwyd %n fersiwn ({format})</numerusform>
            <numerusform>{source}: mewnforiwyd %n fersiwn ({format})</numerusform>
            <numerusform>{source}: mewnforiwyd %n fersiwn ({format})</numerusform>
            <numerusform>{source}: mewnforiwyd %n fersiwn ({format})</numerusform>
            <numerusform>{source}: mewnforiwyd %n fersiwn ({format})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{case}: now has %n version(s)</source>
        <translation>
            <numerusform>{case}: mae ganddo %n fersiwn bellach</numerusform>
            <numerusform>{case}: mae ganddo %n fersiwn bellach</numerusform>
            <numerusform>{case}: mae ganddo %n fersiwn bellach</numerusform>
            <numerusform>{case}: mae ganddo %n fersiwn bellach</numerusform>
            <numerusform>{case}: mae ganddo %n fersiwn bellach</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{case}: created with %n version(s)</source>
        <translation>
            <numerusform>{case}: wedi'i greu gyda %n fersiwn</numerusform>
            <numerusform>{case}: wedi'i greu gyda %n fersiwn</numerusform>
            <numerusform>{case}: wedi'i greu gyda %n fersiwn</numerusform>
            <numerusform>{case}: wedi'i greu gyda %n fersiwn</numerusform>
            <numerusform>{case}: wedi'i greu gyda %n fersiwn</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown export format {format}; use {known}</source>
        <translation>fformat allforio anhysbys {format}; defnyddiwch {known}</translation>
    </message>
    <message>
        <source>(no extension)</source>
        <translation>(dim estyniad)</translation>
    </message>
    <message>
        <source>--marking, --paper and --invariant are for a PDF summary (OUT ending in .pdf)</source>
        <translation>mae --marking, --paper a --invariant ar gyfer crynodeb PDF (OUT yn gorffen â .pdf)</translation>
    </message>
    <message>
        <source>--caption is for a picture of the map (OUT ending in .png or .svg)</source>
        <translation>mae --caption ar gyfer llun o'r map (OUT yn gorffen â .png neu .svg)</translation>
    </message>
    <message numerus="yes">
        <source>{output}: wrote %n version(s) (pseudonymised)</source>
        <translation>
            <numerusform>{output}: ysgrifennwyd %n fersiwn (wedi'u ffugenwi)</numerusform>
            <numerusform>{output}: ysgrifennwyd %n fersiwn (wedi'u ffugenwi)</numerusform>
            <numerusform>{output}: ysgrifennwyd %n fersiwn (wedi'u ffugenwi)</numerusform>
            <numerusform>{output}: ysgrifennwyd %n fersiwn (wedi'u ffugenwi)</numerusform>
            <numerusform>{output}: ysgrifennwyd %n fersiwn (wedi'u ffugenwi)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{output}: wrote %n version(s)</source>
        <translation>
            <numerusform>{output}: ysgrifennwyd %n fersiwn</numerusform>
            <numerusform>{output}: ysgrifennwyd %n fersiwn</numerusform>
            <numerusform>{output}: ysgrifennwyd %n fersiwn</numerusform>
            <numerusform>{output}: ysgrifennwyd %n fersiwn</numerusform>
            <numerusform>{output}: ysgrifennwyd %n fersiwn</numerusform>
        </translation>
    </message>
    <message>
        <source>is a folder</source>
        <translation>ffolder yw hwn</translation>
    </message>
    <message>
        <source>is the case file itself; choose another name</source>
        <translation>dyma'r ffeil achos ei hun; dewiswch enw arall</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} i {last}</translation>
    </message>
    <message numerus="yes">
        <source>{output}: wrote a summary of %n version(s) ({numbers}) (pseudonymised)</source>
        <translation>
            <numerusform>{output}: ysgrifennwyd crynodeb o %n fersiwn ({numbers}) (wedi'u ffugenwi)</numerusform>
            <numerusform>{output}: ysgrifennwyd crynodeb o %n fersiwn ({numbers}) (wedi'u ffugenwi)</numerusform>
            <numerusform>{output}: ysgrifennwyd crynodeb o %n fersiwn ({numbers}) (wedi'u ffugenwi)</numerusform>
            <numerusform>{output}: ysgrifennwyd crynodeb o %n fersiwn ({numbers}) (wedi'u ffugenwi)</numerusform>
            <numerusform>{output}: ysgrifennwyd crynodeb o %n fersiwn ({numbers}) (wedi'u ffugenwi)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{output}: wrote a summary of %n version(s) ({numbers})</source>
        <translation>
            <numerusform>{output}: ysgrifennwyd crynodeb o %n fersiwn ({numbers})</numerusform>
            <numerusform>{output}: ysgrifennwyd crynodeb o %n fersiwn ({numbers})</numerusform>
            <numerusform>{output}: ysgrifennwyd crynodeb o %n fersiwn ({numbers})</numerusform>
            <numerusform>{output}: ysgrifennwyd crynodeb o %n fersiwn ({numbers})</numerusform>
            <numerusform>{output}: ysgrifennwyd crynodeb o %n fersiwn ({numbers})</numerusform>
        </translation>
    </message>
    <message>
        <source>a picture shows one version; choose one, e.g. --versions 2</source>
        <translation>mae llun yn dangos un fersiwn; dewiswch un, e.e. --versions 2</translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation>Fersiwn {number}</translation>
    </message>
    <message>
        <source>{output}: drew version {number} ({label}, {date}) (pseudonymised)</source>
        <translation>{output}: lluniwyd fersiwn {number} ({label}, {date}) (wedi'i ffugenwi)</translation>
    </message>
    <message>
        <source>{output}: drew version {number} ({label}, {date})</source>
        <translation>{output}: lluniwyd fersiwn {number} ({label}, {date})</translation>
    </message>
    <message>
        <source>no label</source>
        <translation>dim label</translation>
    </message>
    <message>
        <source>a screenshot is written as PNG; give a name ending in .png</source>
        <translation>caiff sgrinlun ei ysgrifennu fel PNG; rhowch enw sy'n gorffen â .png</translation>
    </message>
    <message>
        <source>{output}: the editor on {case}, comparing version {first} with version {second}</source>
        <translation>{output}: y golygydd ar {case}, yn cymharu fersiwn {first} â fersiwn {second}</translation>
    </message>
    <message>
        <source>{output}: the editor on {case}, version {number}</source>
        <translation>{output}: y golygydd ar {case}, fersiwn {number}</translation>
    </message>
    <message>
        <source>{output}: the editor on {case}</source>
        <translation>{output}: y golygydd ar {case}</translation>
    </message>
    <message>
        <source>cannot be drawn: the Qt toolkit (PySide6) could not be loaded ({error})</source>
        <translation>ni ellir ei lunio: nid oedd modd llwytho pecyn cymorth Qt (PySide6) ({error})</translation>
    </message>
</context>
<context>
    <name>CohortDialog</name>
    <message>
        <source>Cohort summary – {app}</source>
        <translation>Crynodeb carfan – {app}</translation>
    </message>
    <message>
        <source>A PDF of how bonding, bridging and linking capital moved from the first to the latest version across many cases, and which community assets they reach. It names no client, worker or other person.</source>
        <translation>PDF sy'n dangos sut y symudodd cyfalaf clymu, pontio a chysylltu o'r fersiwn gyntaf i'r fersiwn ddiweddaraf ar draws llawer o achosion, a pha asedau cymunedol y maent yn eu cyrraedd. Nid yw'n enwi unrhyw gleient, gweithiwr na pherson arall.</translation>
    </message>
    <message>
        <source>Read the cases from</source>
        <translation>Darllen yr achosion o</translation>
    </message>
    <message>
        <source>Case files in a &amp;folder (and its subfolders):</source>
        <translation>Ffeiliau achos mewn &amp;ffolder (a'i is-ffolderi):</translation>
    </message>
    <message>
        <source>no folder chosen yet</source>
        <translation>dim ffolder wedi'i dewis eto</translation>
    </message>
    <message>
        <source>Folder of case files</source>
        <translation>Ffolder ffeiliau achos</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Dewis…</translation>
    </message>
    <message>
        <source>The &amp;team store (every case your login may see):</source>
        <translation>S&amp;torfa'r tîm (pob achos y caiff eich mewngofnod ei weld):</translation>
    </message>
    <message>
        <source>Team store connection string</source>
        <translation>Llinyn cysylltu storfa'r tîm</translation>
    </message>
    <message>
        <source>Minimum count of cases</source>
        <translation>Isafswm nifer yr achosion</translation>
    </message>
    <message>
        <source>Leave out assets reached by fewer than {count} cases</source>
        <translation>Gadael allan asedau a gyrhaeddir gan lai na {count} achos</translation>
    </message>
    <message>
        <source>so that no figure in the summary points at one client.</source>
        <translation>fel nad oes unrhyw ffigur yn y crynodeb yn pwyntio at un cleient.</translation>
    </message>
    <message>
        <source>Include &amp;protected case files, opened with this passphrase:</source>
        <translation>Cynnwys ffeiliau achos wedi'u &amp;diogelu, wedi'u hagor gyda'r cyfrinymadrodd hwn:</translation>
    </message>
    <message>
        <source>Passphrase of the protected case files</source>
        <translation>Cyfrinymadrodd y ffeiliau achos wedi'u diogelu</translation>
    </message>
    <message>
        <source>Used for this summary only and never kept. Protected files it does not open are skipped and listed.</source>
        <translation>Fe'i defnyddir ar gyfer y crynodeb hwn yn unig ac ni chaiff ei gadw byth. Caiff ffeiliau wedi'u diogelu nad yw'n eu hagor eu hepgor a'u rhestru.</translation>
    </message>
    <message>
        <source>Open the PDF when it is done</source>
        <translation>Agor y PDF pan fydd yn barod</translation>
    </message>
    <message>
        <source>&amp;Make summary…</source>
        <translation>&amp;Gwneud crynodeb…</translation>
    </message>
</context>
<context>
    <name>CohortSummary</name>
    <message>
        <source>Making the cohort summary</source>
        <translation>Gwneud y crynodeb carfan</translation>
    </message>
    <message>
        <source>{task} is still going on</source>
        <translation>Mae'r dasg hon yn dal ar waith: {task}</translation>
    </message>
    <message>
        <source>Cohort summary {date}.pdf</source>
        <translation>Crynodeb carfan {date}.pdf</translation>
    </message>
    <message>
        <source>The cohort summary was not made.</source>
        <translation>Ni wnaed y crynodeb carfan.</translation>
    </message>
    <message>
        <source>Cohort summary</source>
        <translation>Crynodeb carfan</translation>
    </message>
    <message>
        <source>Reading the cases for the cohort summary…</source>
        <translation>Darllen yr achosion ar gyfer y crynodeb carfan…</translation>
    </message>
    <message>
        <source>Cohort summary cancelled; nothing was written</source>
        <translation>Diddymwyd y crynodeb carfan; ni ysgrifennwyd dim</translation>
    </message>
    <message>
        <source>{file} was made, but not everything prints as typed.</source>
        <translation>Gwnaed {file}, ond nid yw popeth yn argraffu fel y'i teipiwyd.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) skipped</source>
        <translation>
            <numerusform>%n ffeil wedi'u hepgor</numerusform>
            <numerusform>%n ffeil wedi'i hepgor</numerusform>
            <numerusform>%n ffeil wedi'u hepgor</numerusform>
            <numerusform>%n ffeil wedi'u hepgor</numerusform>
            <numerusform>%n ffeil wedi'u hepgor</numerusform>
        </translation>
    </message>
    <message>
        <source>no file skipped</source>
        <translation>dim ffeil wedi'i hepgor</translation>
    </message>
    <message>
        <source>No cohort summary: no case could be read ({skipped})</source>
        <translation>Dim crynodeb carfan: nid oedd modd darllen unrhyw achos ({skipped})</translation>
    </message>
    <message>
        <source>No cohort summary: no case could be read (no case files found)</source>
        <translation>Dim crynodeb carfan: nid oedd modd darllen unrhyw achos (ni chafwyd hyd i ffeiliau achos)</translation>
    </message>
    <message>
        <source>No cohort summary was made: no case could be read.</source>
        <translation>Ni wnaed crynodeb carfan: nid oedd modd darllen unrhyw achos.</translation>
    </message>
    <message>
        <source>Show Details to see each file skipped and why.</source>
        <translation>Dewiswch Dangos Manylion i weld pob ffeil a hepgorwyd a pham.</translation>
    </message>
    <message>
        <source>No case files were found there.</source>
        <translation>Ni chafwyd hyd i ffeiliau achos yno.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) read</source>
        <translation>
            <numerusform>%n achos wedi'u darllen</numerusform>
            <numerusform>%n achos wedi'i ddarllen</numerusform>
            <numerusform>%n achos wedi'u darllen</numerusform>
            <numerusform>%n achos wedi'u darllen</numerusform>
            <numerusform>%n achos wedi'u darllen</numerusform>
        </translation>
    </message>
    <message>
        <source>Cohort summary written to {file}: {cases}, {skipped}</source>
        <translation>Ysgrifennwyd y crynodeb carfan i {file}: {cases}, {skipped}</translation>
    </message>
    <message>
        <source>The cohort summary was written to {file}: {cases}, {skipped}.</source>
        <translation>Ysgrifennwyd y crynodeb carfan i {file}: {cases}, {skipped}.</translation>
    </message>
    <message>
        <source>The skipped files are not in the figures. Show Details to see each one and why.</source>
        <translation>Nid yw'r ffeiliau a hepgorwyd yn y ffigurau. Dewiswch Dangos Manylion i weld pob un a pham.</translation>
    </message>
    <message>
        <source>Wrote {file}, but no program here opens PDF files</source>
        <translation>Ysgrifennwyd {file}, ond nid oes rhaglen yma sy'n agor ffeiliau PDF</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>tie to {name}</source>
        <translation>perthynas â {name}</translation>
    </message>
    <message>
        <source>tie {one} – {other}</source>
        <translation>perthynas {one} – {other}</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>dienw</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>Ychwanegu {name}</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Ychwanegu person</translation>
    </message>
    <message>
        <source>Add {tie}</source>
        <translation>Ychwanegu {tie}</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>Dileu {name}</translation>
    </message>
    <message>
        <source>Delete {tie}</source>
        <translation>Dileu {tie}</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Dileu %n eitem</numerusform>
            <numerusform>Dileu %n eitem</numerusform>
            <numerusform>Dileu %n eitem</numerusform>
            <numerusform>Dileu %n eitem</numerusform>
            <numerusform>Dileu %n eitem</numerusform>
        </translation>
    </message>
    <message>
        <source>Move {name}</source>
        <translation>Symud {name}</translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>Symud %n eitem</numerusform>
            <numerusform>Symud %n eitem</numerusform>
            <numerusform>Symud %n eitem</numerusform>
            <numerusform>Symud %n eitem</numerusform>
            <numerusform>Symud %n eitem</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename {old} to {new}</source>
        <translation>Ailenwi {old} yn {new}</translation>
    </message>
    <message>
        <source>Change {name}</source>
        <translation>Newid {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n tie(s)</source>
        <translation>
            <numerusform>%n perthynas</numerusform>
            <numerusform>%n perthynas</numerusform>
            <numerusform>%n perthynas</numerusform>
            <numerusform>%n perthynas</numerusform>
            <numerusform>%n perthynas</numerusform>
        </translation>
    </message>
    <message>
        <source>Make bonding: {ties}</source>
        <translation>Gosod cyfalaf clymu: {ties}</translation>
    </message>
    <message>
        <source>Make bridging: {ties}</source>
        <translation>Gosod cyfalaf pontio: {ties}</translation>
    </message>
    <message>
        <source>Make linking: {ties}</source>
        <translation>Gosod cyfalaf cysylltu: {ties}</translation>
    </message>
    <message>
        <source>Make strong: {ties}</source>
        <translation>Gwneud yn gryf: {ties}</translation>
    </message>
    <message>
        <source>Make moderate: {ties}</source>
        <translation>Gwneud yn gymedrol: {ties}</translation>
    </message>
    <message>
        <source>Make tenuous: {ties}</source>
        <translation>Gwneud yn wan: {ties}</translation>
    </message>
    <message>
        <source>Mark stressful: {ties}</source>
        <translation>Nodi dan straen: {ties}</translation>
    </message>
    <message>
        <source>Mark not stressful: {ties}</source>
        <translation>Nodi heb straen: {ties}</translation>
    </message>
    <message>
        <source>Change flow of {ties}</source>
        <translation>Newid llif egni: {ties}</translation>
    </message>
    <message>
        <source>Change {ties}</source>
        <translation>Newid {ties}</translation>
    </message>
</context>
<context>
    <name>CompareHost</name>
    <message>
        <source>Working draft</source>
        <translation>Drafft gwaith</translation>
    </message>
    <message>
        <source>The versions could not be compared.</source>
        <translation>Nid oedd modd cymharu'r fersiynau.</translation>
    </message>
    <message>
        <source>Comparing {earlier} with {later} (read-only)</source>
        <translation>Yn cymharu {earlier} â {later} (darllen yn unig)</translation>
    </message>
</context>
<context>
    <name>CompareKey</name>
    <message>
        <source>new person or tie</source>
        <translation>person neu berthynas newydd</translation>
    </message>
    <message>
        <source>tie ended</source>
        <translation>perthynas wedi dod i ben</translation>
    </message>
    <message>
        <source>tie got stronger</source>
        <translation>perthynas wedi cryfhau</translation>
    </message>
    <message>
        <source>tie to a new person</source>
        <translation>perthynas â pherson newydd</translation>
    </message>
    <message>
        <source>tie to someone gone</source>
        <translation>perthynas â rhywun sydd wedi mynd</translation>
    </message>
    <message>
        <source>tie got weaker</source>
        <translation>perthynas wedi gwanhau</translation>
    </message>
    <message>
        <source>capital type changed</source>
        <translation>math o gyfalaf wedi newid</translation>
    </message>
    <message>
        <source>no longer on the map</source>
        <translation>dim ar y map mwyach</translation>
    </message>
    <message>
        <source>became stressful</source>
        <translation>wedi mynd dan straen</translation>
    </message>
    <message>
        <source>flow changed</source>
        <translation>llif egni wedi newid</translation>
    </message>
    <message>
        <source>notes or details</source>
        <translation>nodiadau neu fanylion</translation>
    </message>
    <message>
        <source>no longer stressful</source>
        <translation>dim dan straen mwyach</translation>
    </message>
    <message>
        <source>Key to the marks</source>
        <translation>Allwedd i'r marciau</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Allwedd:</translation>
    </message>
    <message>
        <source>faded grey</source>
        <translation>llwyd gwelw</translation>
    </message>
    <message>
        <source>only in the earlier version</source>
        <translation>yn y fersiwn gynharach yn unig</translation>
    </message>
    <message>
        <source>only in version {number}</source>
        <translation>yn fersiwn {number} yn unig</translation>
    </message>
</context>
<context>
    <name>CompareMarks</name>
    <message>
        <source>+ new</source>
        <translation>+ newydd</translation>
    </message>
    <message>
        <source>× ended</source>
        <translation>× wedi dod i ben</translation>
    </message>
    <message>
        <source>▲ stronger</source>
        <translation>▲ cryfach</translation>
    </message>
    <message>
        <source>▼ weaker</source>
        <translation>▼ gwannach</translation>
    </message>
    <message>
        <source>↻ re-typed</source>
        <translation>↻ math newydd</translation>
    </message>
    <message>
        <source>× gone</source>
        <translation>× wedi mynd</translation>
    </message>
    <message>
        <source>stress began</source>
        <translation>straen wedi dechrau</translation>
    </message>
    <message>
        <source>stress ended</source>
        <translation>straen wedi dod i ben</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Comparing two saved versions. Read-only: the map you are working on is not changed.</source>
        <translation>Yn cymharu dwy fersiwn wedi'u cadw. Darllen yn unig: nid yw'r map rydych yn gweithio arno yn cael ei newid.</translation>
    </message>
    <message>
        <source>What changed in the working draft since a saved version. Read-only here: go back to edit.</source>
        <translation>Beth sydd wedi newid yn y drafft gwaith ers fersiwn wedi'i chadw. Darllen yn unig yma: ewch yn ôl i olygu.</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Ochr yn ochr</translation>
    </message>
    <message>
        <source>Show both versions next to each other, in the same layout</source>
        <translation>Dangos y ddwy fersiwn wrth ymyl ei gilydd, yn yr un gosodiad</translation>
    </message>
    <message>
        <source>Back to the map</source>
        <translation>Yn ôl i'r map</translation>
    </message>
    <message>
        <source>Leave the comparison and go on with the map (Esc)</source>
        <translation>Gadael y gymhariaeth a pharhau gyda'r map (Esc)</translation>
    </message>
    <message>
        <source>Versions compared</source>
        <translation>Fersiynau a gymharwyd</translation>
    </message>
    <message>
        <source>Number of changes</source>
        <translation>Nifer y newidiadau</translation>
    </message>
    <message>
        <source>Map with changes marked</source>
        <translation>Map gyda'r newidiadau wedi'u marcio</translation>
    </message>
    <message>
        <source>Earlier version</source>
        <translation>Fersiwn gynharach</translation>
    </message>
    <message>
        <source>Later version</source>
        <translation>Fersiwn ddiweddarach</translation>
    </message>
    <message>
        <source>Changes marked</source>
        <translation>Newidiadau wedi'u marcio</translation>
    </message>
    <message>
        <source>Show the later version with the changes marked</source>
        <translation>Dangos y fersiwn ddiweddarach gyda'r newidiadau wedi'u marcio</translation>
    </message>
    <message>
        <source>The working draft, with the changes since version {a} marked</source>
        <translation>Y drafft gwaith, gyda'r newidiadau ers fersiwn {a} wedi'u marcio</translation>
    </message>
    <message>
        <source>The working draft: nothing changed since version {a}</source>
        <translation>Y drafft gwaith: dim wedi newid ers fersiwn {a}</translation>
    </message>
    <message>
        <source>Version {b} as saved, with the changes since version {a} marked</source>
        <translation>Fersiwn {b} fel y'i cadwyd, gyda'r newidiadau ers fersiwn {a} wedi'u marcio</translation>
    </message>
    <message>
        <source>Version {b} as saved: nothing changed since version {a}</source>
        <translation>Fersiwn {b} fel y'i cadwyd: dim wedi newid ers fersiwn {a}</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Allwedd</translation>
    </message>
    <message>
        <source>Read-only. Choose a change in the list to show it here.</source>
        <translation>Darllen yn unig. Dewiswch newid yn y rhestr i'w ddangos yma.</translation>
    </message>
</context>
<context>
    <name>Controls</name>
    <message>
        <source>Anything worth remembering (shown in the PDF unless left out)</source>
        <translation>Unrhyw beth sy'n werth ei gofio (yn cael ei ddangos yn y PDF oni bai ei fod yn cael ei adael allan)</translation>
    </message>
</context>
<context>
    <name>DataExport</name>
    <message>
        <source>Working map</source>
        <translation>Map gweithio</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>Allforio data</translation>
    </message>
    <message>
        <source>Working map, not saved as a version ({date})</source>
        <translation>Map gweithio, heb ei gadw fel fersiwn ({date})</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Allforio…</translation>
    </message>
    <message>
        <source>Versions to include</source>
        <translation>Fersiynau i'w cynnwys</translation>
    </message>
    <message>
        <source>The format (JSON, GraphML or CSV) is chosen with the file name.</source>
        <translation>Caiff y fformat (JSON, GraphML neu CSV) ei ddewis gydag enw'r ffeil.</translation>
    </message>
    <message>
        <source>The data was not exported.</source>
        <translation>Ni chafodd y data ei allforio.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n version(s) (pseudonymised) to {file}</source>
        <translation>
            <numerusform>Allforiwyd %n fersiwn (wedi'i ffugenwi) i {file}</numerusform>
            <numerusform>Allforiwyd %n fersiwn (wedi'i ffugenwi) i {file}</numerusform>
            <numerusform>Allforiwyd %n fersiwn (wedi'i ffugenwi) i {file}</numerusform>
            <numerusform>Allforiwyd %n fersiwn (wedi'i ffugenwi) i {file}</numerusform>
            <numerusform>Allforiwyd %n fersiwn (wedi'i ffugenwi) i {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n version(s) to {file}</source>
        <translation>
            <numerusform>Allforiwyd %n fersiwn i {file}</numerusform>
            <numerusform>Allforiwyd %n fersiwn i {file}</numerusform>
            <numerusform>Allforiwyd %n fersiwn i {file}</numerusform>
            <numerusform>Allforiwyd %n fersiwn i {file}</numerusform>
            <numerusform>Allforiwyd %n fersiwn i {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>(no extension)</source>
        <translation>(dim estyniad)</translation>
    </message>
    <message>
        <source>cannot be written as {kind}; use .json, .graphml or .csv</source>
        <translation>ni ellir ei ysgrifennu fel {kind}; defnyddiwch .json, .graphml neu .csv</translation>
    </message>
    <message>
        <source>is a folder</source>
        <translation>mae'n ffolder</translation>
    </message>
    <message>
        <source>its folder does not exist</source>
        <translation>nid yw ei ffolder yn bodoli</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>January</source>
        <translation>Ionawr</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Chwefror</translation>
    </message>
    <message>
        <source>March</source>
        <translation>Mawrth</translation>
    </message>
    <message>
        <source>April</source>
        <translation>Ebrill</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Mehefin</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Gorffennaf</translation>
    </message>
    <message>
        <source>August</source>
        <translation>Awst</translation>
    </message>
    <message>
        <source>September</source>
        <translation>Medi</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Hydref</translation>
    </message>
    <message>
        <source>November</source>
        <translation>Tachwedd</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Rhagfyr</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>Ion</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Chwef</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>Maw</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Ebr</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Meh</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Gorff</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Awst</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Medi</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Hyd</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Tach</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Rhag</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Save changes to the map of {case} before closing?</source>
        <translation>Cadw'r newidiadau i fap {case} cyn cau?</translation>
    </message>
    <message>
        <source>Autosave keeps your changes only in case Ecomap stops unexpectedly. Save keeps them in the case file; Discard deletes them, the autosaved copy too.</source>
        <translation>Dim ond rhag ofn i Ecomap stopio'n annisgwyl y mae cadw awtomatig yn cadw eich newidiadau. Mae Cadw yn eu cadw yn y ffeil achos; mae Gwaredu yn eu dileu, a'r copi a gadwyd yn awtomatig hefyd.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Gwaredu</translation>
    </message>
    <message>
        <source>Recover the new case from {when}?</source>
        <translation>Adfer yr achos newydd o {when}?</translation>
    </message>
    <message>
        <source>Ecomap closed before the new case of {case} was saved to a file. Recover brings it back (save it to keep it); Discard deletes it for good.</source>
        <translation>Caeodd Ecomap cyn i achos newydd {case} gael ei gadw mewn ffeil. Mae Adfer yn dod ag ef yn ôl (cadwch ef i'w gadw); mae Gwaredu yn ei ddileu am byth.</translation>
    </message>
    <message>
        <source>Recover unsaved changes from {when}?</source>
        <translation>Adfer newidiadau heb eu cadw o {when}?</translation>
    </message>
    <message>
        <source>Ecomap closed without saving the map of {case}. Recover brings the changes back (they stay unsaved until you save); Discard deletes them for good.</source>
        <translation>Caeodd Ecomap heb gadw map {case}. Mae Adfer yn dod â'r newidiadau yn ôl (maen nhw'n aros heb eu cadw nes i chi gadw); mae Gwaredu yn eu dileu am byth.</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Adfer</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Achos newydd</translation>
    </message>
    <message>
        <source>Case &amp;reference</source>
        <translation>Cyfeirnod yr &amp;achos</translation>
    </message>
    <message>
        <source>e.g. X123456</source>
        <translation>e.e. X123456</translation>
    </message>
    <message>
        <source>&amp;Client's name</source>
        <translation>Enw'r &amp;cleient</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Gofynnol</translation>
    </message>
    <message>
        <source>&amp;Worker</source>
        <translation>&amp;Gweithiwr</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Eich enw</translation>
    </message>
    <message>
        <source>The client's first name labels the centre of the map.</source>
        <translation>Enw cyntaf y cleient sy'n labelu canol y map.</translation>
    </message>
    <message>
        <source>Create case…</source>
        <translation>Creu achos…</translation>
    </message>
    <message>
        <source>Save version</source>
        <translation>Cadw fersiwn</translation>
    </message>
    <message>
        <source>This map becomes version {number} of the case. A saved version is kept exactly as it is: it cannot be changed or deleted afterwards.</source>
        <translation>Bydd y map hwn yn dod yn fersiwn {number} o'r achos. Caiff fersiwn a gadwyd ei chadw yn union fel y mae: ni ellir ei newid na'i dileu wedyn.</translation>
    </message>
    <message>
        <source>Due or overdue in the plan</source>
        <translation>Yn ddyledus neu'n hwyr yn y cynllun</translation>
    </message>
    <message>
        <source>Version label</source>
        <translation>Label y fersiwn</translation>
    </message>
    <message>
        <source>e.g. Start of order, 3-month review</source>
        <translation>e.e. Dechrau'r gorchymyn, Adolygiad 3 mis</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Date it after today on purpose</source>
        <translation>Ei ddyddio ar ôl heddiw yn fwriadol</translation>
    </message>
    <message>
        <source>A version is dated the day it is saved unless you say otherwise</source>
        <translation>Caiff fersiwn ei dyddio ar y diwrnod y caiff ei chadw oni bai eich bod yn dweud yn wahanol</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>What changed, what was agreed (optional)</source>
        <translation>Beth newidiodd, beth a gytunwyd (dewisol)</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>&amp;Label</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Dyddiad</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nodyn</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… a %n arall</numerusform>
            <numerusform>… a %n arall</numerusform>
            <numerusform>… a %n arall</numerusform>
            <numerusform>… a %n arall</numerusform>
            <numerusform>… a %n arall</numerusform>
        </translation>
    </message>
    <message>
        <source>If one has happened or changed, you can cancel, update it with the client, and save after.</source>
        <translation>Os oes un wedi digwydd neu newid, gallwch ddiddymu, ei ddiweddaru gyda'r cleient, a chadw wedyn.</translation>
    </message>
    <message>
        <source>The unsaved changes kept in this case cannot be read.</source>
        <translation>Nid oes modd darllen y newidiadau heb eu cadw sydd yn yr achos hwn.</translation>
    </message>
    <message>
        <source>Open the case without them? Its saved versions and saved map are not affected; the unreadable changes are deleted.</source>
        <translation>Agor yr achos hebddynt? Nid effeithir ar ei fersiynau a gadwyd na'i fap a gadwyd; caiff y newidiadau na ellir eu darllen eu dileu.</translation>
    </message>
    <message>
        <source>Open without them</source>
        <translation>Agor hebddynt</translation>
    </message>
    <message>
        <source>Before the map is saved for the first time, say whose map it is.</source>
        <translation>Cyn i'r map gael ei gadw am y tro cyntaf, dywedwch map pwy ydyw.</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>Dewis ble i gadw…</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Agor achos</translation>
    </message>
    <message>
        <source>Save case as</source>
        <translation>Cadw'r achos fel</translation>
    </message>
    <message>
        <source>Export map as image</source>
        <translation>Allforio'r map fel delwedd</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>{file} already exists.</source>
        <translation>Mae {file} yn bodoli eisoes.</translation>
    </message>
    <message>
        <source>Ecomap never replaces a case file: choose another name.</source>
        <translation>Nid yw Ecomap byth yn disodli ffeil achos: dewiswch enw arall.</translation>
    </message>
    <message>
        <source>Ecomap JSON (*.json)</source>
        <translation>JSON Ecomap (*.json)</translation>
    </message>
    <message>
        <source>GraphML, for network tools (*.graphml)</source>
        <translation>GraphML, ar gyfer offer rhwydwaith (*.graphml)</translation>
    </message>
    <message>
        <source>CSV, one row per tie (*.csv)</source>
        <translation>CSV, un rhes i bob perthynas (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Pob ffeil (*)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Delwedd PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>Delwedd SVG (*.svg)</translation>
    </message>
    <message>
        <source>Ecomap cases (*.ecomap)</source>
        <translation>Achosion Ecomap (*.ecomap)</translation>
    </message>
    <message>
        <source>this new case</source>
        <translation>yr achos newydd hwn</translation>
    </message>
    <message>
        <source>Start of order</source>
        <translation>Dechrau'r gorchymyn</translation>
    </message>
    <message numerus="yes">
        <source>%n-month review</source>
        <translation>
            <numerusform>Adolygiad %n mis</numerusform>
            <numerusform>Adolygiad %n mis</numerusform>
            <numerusform>Adolygiad %n mis</numerusform>
            <numerusform>Adolygiad %n mis</numerusform>
            <numerusform>Adolygiad %n mis</numerusform>
        </translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Adolygiad</translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation>Cadwyd am {time}</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Achos newydd</translation>
    </message>
    <message>
        <source>The case was not created.</source>
        <translation>Ni chafodd yr achos ei greu.</translation>
    </message>
    <message>
        <source>Created {file}, protected by its passphrase</source>
        <translation>Crëwyd {file}, wedi'i diogelu gan ei chyfrinymadrodd</translation>
    </message>
    <message>
        <source>Created {file}</source>
        <translation>Crëwyd {file}</translation>
    </message>
    <message>
        <source>{file} is already open</source>
        <translation>Mae {file} ar agor yn barod</translation>
    </message>
    <message>
        <source>Opened {file}</source>
        <translation>Agorwyd {file}</translation>
    </message>
    <message>
        <source>The case could not be opened.</source>
        <translation>Nid oedd modd agor yr achos.</translation>
    </message>
    <message>
        <source>The version was not saved.</source>
        <translation>Ni chafodd y fersiwn ei chadw.</translation>
    </message>
    <message>
        <source>Saved version {number}: {label}</source>
        <translation>Cadwyd fersiwn {number}: {label}</translation>
    </message>
    <message>
        <source>{task} is still going on: wait until it is done, or cancel it</source>
        <translation>{task}: yn dal ar waith. Arhoswch nes iddo orffen, neu ei ddiddymu</translation>
    </message>
    <message>
        <source>Recovered the unsaved changes from {when}: save to keep them</source>
        <translation>Adferwyd y newidiadau heb eu cadw o {when}: cadwch i'w cadw</translation>
    </message>
    <message>
        <source>Discarded the unsaved changes from {when}</source>
        <translation>Gwaredwyd y newidiadau heb eu cadw o {when}</translation>
    </message>
    <message>
        <source>The unsaved changes could not be discarded.</source>
        <translation>Nid oedd modd gwaredu'r newidiadau heb eu cadw.</translation>
    </message>
    <message>
        <source>The case was not saved.</source>
        <translation>Ni chafodd yr achos ei gadw.</translation>
    </message>
    <message>
        <source>Saved as {file}</source>
        <translation>Cadwyd fel {file}</translation>
    </message>
    <message>
        <source>The map was not saved.</source>
        <translation>Ni chafodd y map ei gadw.</translation>
    </message>
    <message>
        <source>Read-only: this case is {reason}; nothing is saved here</source>
        <translation>Darllen yn unig: mae'r achos hwn {reason}; ni chaiff dim ei gadw yma</translation>
    </message>
    <message>
        <source>An unexpected error ({kind}) stopped it: {reason}. Nothing was changed.</source>
        <translation>Fe wnaeth gwall annisgwyl ({kind}) ei atal: {reason}. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>Ecomap JSON, easyNWK or GraphML (*.json *.graphml *.xml)</source>
        <translation>JSON Ecomap, easyNWK neu GraphML (*.json *.graphml *.xml)</translation>
    </message>
    <message>
        <source>Network Canvas mapping (*.toml *.json)</source>
        <translation>Ffeil fapio Network Canvas (*.toml *.json)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>FlagLegend</name>
    <message>
        <source>Plan</source>
        <translation>Cynllun</translation>
    </message>
    <message>
        <source>Open action</source>
        <translation>Cam agored</translation>
    </message>
    <message>
        <source>planned or under way</source>
        <translation>wedi'i gynllunio neu ar y gweill</translation>
    </message>
    <message>
        <source>A small flag marks a person, place or tie that an open action of the plan is about.</source>
        <translation>Mae baner fach yn nodi person, lle neu berthynas y mae cam agored yn y cynllun yn ymwneud ag ef.</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>the guide {file} was not found (looked in {folders})</source>
        <translation>ni chafwyd hyd i'r canllaw {file} (chwiliwyd yn {folders})</translation>
    </message>
    <message>
        <source>Ecomap guide</source>
        <translation>Canllaw Ecomap</translation>
    </message>
    <message>
        <source>The Ecomap guide could not be opened.</source>
        <translation>Nid oedd modd agor canllaw Ecomap.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Llwybrau byr bysellfwrdd</translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message>
        <source>No saved versions yet</source>
        <translation>Dim fersiynau wedi'u cadw eto</translation>
    </message>
    <message>
        <source>The saved maps are not available here</source>
        <translation>Nid yw'r mapiau a gadwyd ar gael yma</translation>
    </message>
    <message>
        <source>Ties by capital</source>
        <translation>Perthnasoedd yn ôl cyfalaf</translation>
    </message>
    <message>
        <source>Strong ties</source>
        <translation>Perthnasoedd cryf</translation>
    </message>
    <message>
        <source>Stressful ties</source>
        <translation>Perthnasoedd dan straen</translation>
    </message>
    <message>
        <source>People and places</source>
        <translation>Pobl a lleoedd</translation>
    </message>
    <message>
        <source>Domains reached</source>
        <translation>Meysydd a gyrhaeddwyd</translation>
    </message>
    <message>
        <source>Client's effective size</source>
        <translation>Maint effeithiol y cleient</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>anhysbys</translation>
    </message>
    <message>
        <source>{title}: no saved versions yet.</source>
        <translation>{title}: dim fersiynau wedi'u cadw eto.</translation>
    </message>
    <message>
        <source>versions {first} to {last} not read out</source>
        <translation>fersiynau {first} i {last} heb eu darllen allan</translation>
    </message>
    <message>
        <source>version {number}: {values}</source>
        <translation>fersiwn {number}: {values}</translation>
    </message>
    <message>
        <source>Working out… {done} of {total}</source>
        <translation>Wrthi'n cyfrifo… {done} o {total}</translation>
    </message>
    <message>
        <source>Chart: {title}</source>
        <translation>Siart: {title}</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Fersiwn</translation>
    </message>
</context>
<context>
    <name>HistoryController</name>
    <message>
        <source>The working draft</source>
        <translation>Y drafft gwaith</translation>
    </message>
    <message>
        <source>no label</source>
        <translation>dim label</translation>
    </message>
    <message>
        <source>Version {number}: {label}, {date}</source>
        <translation>Fersiwn {number}: {label}, {date}</translation>
    </message>
    <message>
        <source>Showing version {number} (read-only)</source>
        <translation>Yn dangos fersiwn {number} (darllen yn unig)</translation>
    </message>
    <message>
        <source>Read-only: this case is {reason}; nothing is saved here</source>
        <translation>Darllen yn unig: mae'r achos hwn {reason}; ni chaiff dim ei gadw yma</translation>
    </message>
    <message>
        <source>Start a new draft from version {number}</source>
        <translation>Dechrau drafft newydd o fersiwn {number}</translation>
    </message>
    <message>
        <source>Save a version first: the draft is compared with the latest saved version</source>
        <translation>Cadwch fersiwn yn gyntaf: caiff y drafft ei gymharu â'r fersiwn ddiweddaraf a gadwyd</translation>
    </message>
    <message>
        <source>Version {number} could not be shown.</source>
        <translation>Nid oedd modd dangos fersiwn {number}.</translation>
    </message>
    <message>
        <source>The working draft is now a copy of version {number} ({label}); Undo brings back the draft before</source>
        <translation>Mae'r drafft gwaith bellach yn gopi o fersiwn {number} ({label}); mae Dadwneud yn dod â'r drafft blaenorol yn ôl</translation>
    </message>
    <message>
        <source>The working draft is now a copy of version {number}; Undo brings back the draft before</source>
        <translation>Mae'r drafft gwaith bellach yn gopi o fersiwn {number}; mae Dadwneud yn dod â'r drafft blaenorol yn ôl</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Start a new draft from this version</source>
        <translation>Dechrau drafft newydd o'r fersiwn hon</translation>
    </message>
    <message>
        <source>New draft from this version</source>
        <translation>Drafft newydd o'r fersiwn hon</translation>
    </message>
    <message>
        <source>New draft</source>
        <translation>Drafft newydd</translation>
    </message>
    <message>
        <source>Changes since the last version</source>
        <translation>Newidiadau ers y fersiwn ddiwethaf</translation>
    </message>
    <message>
        <source>Changes since last version</source>
        <translation>Newidiadau ers y fersiwn olaf</translation>
    </message>
    <message>
        <source>Changes since last</source>
        <translation>Newidiadau ers yr olaf</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Newidiadau</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Hanes</translation>
    </message>
    <message>
        <source>Compare from version</source>
        <translation>Cymharu o fersiwn</translation>
    </message>
    <message>
        <source>Compare to version</source>
        <translation>Cymharu â fersiwn</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Cymharu</translation>
    </message>
    <message>
        <source>Compare the two versions</source>
        <translation>Cymharu'r ddwy fersiwn</translation>
    </message>
    <message>
        <source>Save two versions to compare them.</source>
        <translation>Cadwch ddwy fersiwn i'w cymharu.</translation>
    </message>
    <message>
        <source>Why compare is off</source>
        <translation>Pam nad oes modd cymharu</translation>
    </message>
    <message>
        <source>What changed in the working draft since the latest saved version</source>
        <translation>Beth sydd wedi newid yn y drafft gwaith ers y fersiwn ddiweddaraf a gadwyd</translation>
    </message>
    <message>
        <source>Compare the working draft with the latest saved version</source>
        <translation>Cymharu'r drafft gwaith â'r fersiwn ddiweddaraf a gadwyd</translation>
    </message>
    <message>
        <source>What the chart shows</source>
        <translation>Beth mae'r siart yn ei ddangos</translation>
    </message>
    <message>
        <source>From</source>
        <translation>O</translation>
    </message>
    <message>
        <source>To</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Compare two versions</source>
        <translation>Cymharu dwy fersiwn</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Siart</translation>
    </message>
    <message>
        <source>Working draft</source>
        <translation>Drafft gwaith</translation>
    </message>
</context>
<context>
    <name>ImageExport</name>
    <message>
        <source>drawing a map needs a QApplication, but another kind of Qt application is running</source>
        <translation>mae angen QApplication i dynnu map, ond mae math arall o raglen Qt yn rhedeg</translation>
    </message>
    <message>
        <source>(no extension)</source>
        <translation>(dim estyniad)</translation>
    </message>
    <message>
        <source>cannot draw a map as {kind}; use .png or .svg</source>
        <translation>ni ellir tynnu map fel {kind}; defnyddiwch .png neu .svg</translation>
    </message>
    <message>
        <source>No label</source>
        <translation>Dim label</translation>
    </message>
    <message>
        <source>is a folder</source>
        <translation>mae'n ffolder</translation>
    </message>
    <message>
        <source>its folder does not exist</source>
        <translation>nid yw ei ffolder yn bodoli</translation>
    </message>
    <message>
        <source>the map is too large to draw as a PNG; try SVG</source>
        <translation>mae'r map yn rhy fawr i'w dynnu fel PNG; rhowch gynnig ar SVG</translation>
    </message>
    <message>
        <source>the picture could not be encoded as PNG ({reason})</source>
        <translation>nid oedd modd amgodio'r llun fel PNG ({reason})</translation>
    </message>
    <message>
        <source>Working map</source>
        <translation>Map gweithio</translation>
    </message>
    <message>
        <source>Export map as image</source>
        <translation>Allforio'r map fel delwedd</translation>
    </message>
    <message>
        <source>Pseudonymise names: initials or roles instead of names</source>
        <translation>Ffugenwi enwau: blaenlythrennau neu rolau yn lle enwau</translation>
    </message>
    <message>
        <source>Keep the case reference</source>
        <translation>Cadw cyfeirnod yr achos</translation>
    </message>
    <message>
        <source>Show the real case reference in the caption and the file name; otherwise a pseudonym ("Case" and eight letters or digits)</source>
        <translation>Dangos cyfeirnod go iawn yr achos yn y capsiwn ac yn enw'r ffeil; fel arall ffugenw ("Case" ac wyth llythyren neu ddigid)</translation>
    </message>
    <message>
        <source>Caption below the map:</source>
        <translation>Capsiwn o dan y map:</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Capsiwn</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Allforio…</translation>
    </message>
    <message>
        <source>The picture shows the map on the canvas: {title}, {date}.</source>
        <translation>Mae'r llun yn dangos y map ar y cynfas: {title}, {date}.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(dim)</translation>
    </message>
    <message>
        <source>The picture was not saved.</source>
        <translation>Ni chafodd y llun ei gadw.</translation>
    </message>
    <message>
        <source>Exported the map to {file}</source>
        <translation>Allforiwyd y map i {file}</translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation>Fersiwn {number}</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n fersiwn</numerusform>
            <numerusform>%n fersiwn</numerusform>
            <numerusform>%n fersiwn</numerusform>
            <numerusform>%n fersiwn</numerusform>
            <numerusform>%n fersiwn</numerusform>
        </translation>
    </message>
    <message>
        <source>version {first}</source>
        <translation>fersiwn {first}</translation>
    </message>
    <message>
        <source>versions {first} and {last}</source>
        <translation>fersiynau {first} a {last}</translation>
    </message>
    <message>
        <source>versions {first} to {last}</source>
        <translation>fersiynau {first} i {last}</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(dim label)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>a %n arall</numerusform>
            <numerusform>a %n arall</numerusform>
            <numerusform>a %n arall</numerusform>
            <numerusform>a %n arall</numerusform>
            <numerusform>a %n arall</numerusform>
        </translation>
    </message>
    <message>
        <source>Client {client}, case reference {reference}</source>
        <translation>Cleient {client}, cyfeirnod achos {reference}</translation>
    </message>
    <message>
        <source>Client {client}, no case reference</source>
        <translation>Cleient {client}, dim cyfeirnod achos</translation>
    </message>
    <message>
        <source>No client named, case reference {reference}</source>
        <translation>Dim cleient wedi'i enwi, cyfeirnod achos {reference}</translation>
    </message>
    <message>
        <source>No client named, no case reference</source>
        <translation>Dim cleient wedi'i enwi, dim cyfeirnod achos</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Mewnforio</translation>
    </message>
    <message>
        <source>Open as a new case</source>
        <translation>Agor fel achos newydd</translation>
    </message>
    <message>
        <source>Add its versions to this case ({case})</source>
        <translation>Ychwanegu ei fersiynau at yr achos hwn ({case})</translation>
    </message>
    <message>
        <source>Not possible: {file} {reason}</source>
        <translation>Dim yn bosibl: {file} {reason}</translation>
    </message>
    <message>
        <source>Not possible: {reason}</source>
        <translation>Dim yn bosibl: {reason}</translation>
    </message>
    <message>
        <source>Saved as {numbers}, after the versions already saved; saved versions cannot be changed or removed. The working draft stays as it is.</source>
        <translation>Caiff eu cadw fel {numbers}, ar ôl y fersiynau a gadwyd eisoes; ni ellir newid na thynnu fersiynau a gadwyd. Mae'r drafft gwaith yn aros fel y mae.</translation>
    </message>
    <message>
        <source>Its versions become the versions of a new case file; you choose where to save it.</source>
        <translation>Daw ei fersiynau yn fersiynau ffeil achos newydd; chi sy'n dewis ble i'w chadw.</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Mewnforio…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ffeil</translation>
    </message>
    <message>
        <source>Versions in the file</source>
        <translation>Fersiynau yn y ffeil</translation>
    </message>
    <message>
        <source>{task} is still going on</source>
        <translation>{task}: yn dal ar waith</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>{path}: holds no versions</source>
        <translation>{path}: nid yw'n cynnwys unrhyw fersiynau</translation>
    </message>
    <message>
        <source>No versions were added to this case.</source>
        <translation>Ni ychwanegwyd unrhyw fersiynau at yr achos hwn.</translation>
    </message>
    <message>
        <source>{file} is a Network Canvas interview.</source>
        <translation>Mae {file} yn gyfweliad Network Canvas.</translation>
    </message>
    <message>
        <source>Ecomap's default mapping reads the client from the ego, people and places from the node types, and strength from a closeness variable. A mapping file says exactly how your protocol's types and variables become Ecomap's.</source>
        <translation>Mae mapio rhagosodedig Ecomap yn darllen y cleient o'r ego, pobl a lleoedd o'r mathau o nodau, a chryfder o newidyn agosrwydd. Mae ffeil fapio yn dweud yn union sut mae mathau a newidynnau eich protocol yn dod yn rhai Ecomap.</translation>
    </message>
    <message>
        <source>Use the default mapping</source>
        <translation>Defnyddio'r mapio rhagosodedig</translation>
    </message>
    <message>
        <source>Choose a mapping file…</source>
        <translation>Dewis ffeil fapio…</translation>
    </message>
    <message>
        <source>Mapping file</source>
        <translation>Ffeil fapio</translation>
    </message>
    <message numerus="yes">
        <source>Add %n version(s) from {file} to {case}?</source>
        <translation>
            <numerusform>Ychwanegu %n fersiwn o {file} at {case}?</numerusform>
            <numerusform>Ychwanegu %n fersiwn o {file} at {case}?</numerusform>
            <numerusform>Ychwanegu %n fersiwn o {file} at {case}?</numerusform>
            <numerusform>Ychwanegu %n fersiwn o {file} at {case}?</numerusform>
            <numerusform>Ychwanegu %n fersiwn o {file} at {case}?</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved versions cannot be changed or removed afterwards. The working draft stays as it is.</source>
        <translation>Ni ellir newid na thynnu fersiynau a gadwyd wedyn. Mae'r drafft gwaith yn aros fel y mae.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n version(s)</source>
        <translation>
            <numerusform>Ychwanegu %n fersiwn</numerusform>
            <numerusform>Ychwanegu %n fersiwn</numerusform>
            <numerusform>Ychwanegu %n fersiwn</numerusform>
            <numerusform>Ychwanegu %n fersiwn</numerusform>
            <numerusform>Ychwanegu %n fersiwn</numerusform>
        </translation>
    </message>
    <message>
        <source>this case is read-only ({reason})</source>
        <translation>mae'r achos hwn yn un darllen yn unig ({reason})</translation>
    </message>
    <message>
        <source>this case has no file yet; save it first (File &gt; Save)</source>
        <translation>nid oes gan yr achos hwn ffeil eto; cadwch ef yn gyntaf (Ffeil &gt; Cadw)</translation>
    </message>
    <message>
        <source>The case was not created.</source>
        <translation>Ni chafodd yr achos ei greu.</translation>
    </message>
    <message>
        <source>Imported {file} into {target}; it was not opened</source>
        <translation>Mewnforiwyd {file} i {target}; ni chafodd ei agor</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n version(s) from {file} into {target}</source>
        <translation>
            <numerusform>Mewnforiwyd %n fersiwn o {file} i {target}</numerusform>
            <numerusform>Mewnforiwyd %n fersiwn o {file} i {target}</numerusform>
            <numerusform>Mewnforiwyd %n fersiwn o {file} i {target}</numerusform>
            <numerusform>Mewnforiwyd %n fersiwn o {file} i {target}</numerusform>
            <numerusform>Mewnforiwyd %n fersiwn o {file} i {target}</numerusform>
        </translation>
    </message>
    <message>
        <source>Added {numbers} from {file}</source>
        <translation>Ychwanegwyd {numbers} o {file}</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Double-click the canvas to add a person; drag from a person's edge to another to tie them.</source>
        <translation>Cliciwch ddwywaith ar y cynfas i ychwanegu person; llusgwch o ymyl person i un arall i greu perthynas rhyngddynt.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Dim</translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation>Y ddwy ffordd</translation>
    </message>
    <message>
        <source>One way</source>
        <translation>Un ffordd</translation>
    </message>
    <message>
        <source>Other way</source>
        <translation>Y ffordd arall</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Manylion</translation>
    </message>
    <message>
        <source>Read-only: this map can be looked at but not changed.</source>
        <translation>Darllen yn unig: gellir edrych ar y map hwn ond nid ei newid.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Darllen yn unig</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Beth i'w wneud</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Dewis</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Area of life</source>
        <translation>Maes bywyd</translation>
    </message>
    <message>
        <source>Notes about this person</source>
        <translation>Nodiadau am y person hwn</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Enw</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Math</translation>
    </message>
    <message>
        <source>&amp;Area of life</source>
        <translation>Maes &amp;bywyd</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Nodiadau</translation>
    </message>
    <message>
        <source>Tie between</source>
        <translation>Perthynas rhwng</translation>
    </message>
    <message>
        <source>Social capital</source>
        <translation>Cyfalaf cymdeithasol</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Cryfder</translation>
    </message>
    <message>
        <source>Stressful (hatched line)</source>
        <translation>Dan straen (llinell groes)</translation>
    </message>
    <message>
        <source>Stressful</source>
        <translation>Dan straen</translation>
    </message>
    <message>
        <source>Flow of energy</source>
        <translation>Llif egni</translation>
    </message>
    <message>
        <source>Notes about this tie</source>
        <translation>Nodiadau am y berthynas hon</translation>
    </message>
    <message>
        <source>Social &amp;capital</source>
        <translation>&amp;Cyfalaf cymdeithasol</translation>
    </message>
    <message>
        <source>&amp;Strength</source>
        <translation>C&amp;ryfder</translation>
    </message>
    <message>
        <source>F&amp;low of energy</source>
        <translation>&amp;Llif egni</translation>
    </message>
    <message>
        <source>The client stays the client</source>
        <translation>Mae'r cleient yn aros yn gleient</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>dienw</translation>
    </message>
    <message>
        <source>Between {first} and {second}</source>
        <translation>Rhwng {first} a {second}</translation>
    </message>
    <message numerus="yes">
        <source>%n ties selected: a change applies to all of them</source>
        <translation>
            <numerusform>%n perthynas wedi'u dewis: mae newid yn berthnasol i bob un</numerusform>
            <numerusform>%n perthynas wedi'u dewis: mae newid yn berthnasol i bob un</numerusform>
            <numerusform>%n perthynas wedi'u dewis: mae newid yn berthnasol i bob un</numerusform>
            <numerusform>%n perthynas wedi'u dewis: mae newid yn berthnasol i bob un</numerusform>
            <numerusform>%n perthynas wedi'u dewis: mae newid yn berthnasol i bob un</numerusform>
        </translation>
    </message>
    <message>
        <source>These ties have different notes: select one tie to change its notes</source>
        <translation>Mae gan y perthnasoedd hyn nodiadau gwahanol: dewiswch un berthynas i newid ei nodiadau</translation>
    </message>
    <message>
        <source>Anything worth remembering (shown in the PDF unless left out)</source>
        <translation>Unrhyw beth sy'n werth ei gofio (yn cael ei ddangos yn y PDF oni bai ei fod yn cael ei adael allan)</translation>
    </message>
    <message>
        <source>Select one tie to choose a direction</source>
        <translation>Dewiswch un berthynas i ddewis cyfeiriad</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Lang&amp;uage</source>
        <translation>Iai&amp;th</translation>
    </message>
    <message>
        <source>Saved {language}; {variable} is set, so it decides while it is set.</source>
        <translation>Wedi cadw {language}; mae {variable} wedi'i osod, felly hwnnw sy'n penderfynu tra bo wedi'i osod.</translation>
    </message>
    <message>
        <source>Ecomap speaks {language}.</source>
        <translation>Mae Ecomap yn siarad {language}.</translation>
    </message>
    <message>
        <source>Ecomap will speak {language} the next time it starts.</source>
        <translation>Bydd Ecomap yn siarad {language} y tro nesaf y bydd yn cychwyn.</translation>
    </message>
</context>
<context>
    <name>LeftBehind</name>
    <message>
        <source>A recovery file could not be read and was left as it is: {file}</source>
        <translation>Nid oedd modd darllen ffeil adfer a chafodd ei gadael fel y mae: {file}</translation>
    </message>
    <message>
        <source>The unsaved case could not be removed: {error}</source>
        <translation>Nid oedd modd dileu'r achos heb ei gadw: {error}</translation>
    </message>
    <message>
        <source>The unsaved case could not be recovered.</source>
        <translation>Nid oedd modd adfer yr achos heb ei gadw.</translation>
    </message>
    <message>
        <source>Recovered a new case that was never saved: save it to keep it</source>
        <translation>Adferwyd achos newydd na chafodd ei gadw erioed: cadwch ef i'w gadw</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>thick</source>
        <translation>trwchus</translation>
    </message>
    <message>
        <source>thin</source>
        <translation>tenau</translation>
    </message>
    <message>
        <source>dashed</source>
        <translation>toredig</translation>
    </message>
    <message>
        <source>{meaning}; point at a flag to read it</source>
        <translation>{meaning}; pwyntiwch at faner i'w darllen</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Allwedd</translation>
    </message>
    <message>
        <source>Tie colour and letter show the kind of social capital; line weight shows strength, cross-strokes mark a stressful tie and arrows show which way energy flows.</source>
        <translation>Mae lliw a llythyren y berthynas yn dangos y math o gyfalaf cymdeithasol; mae trwch y llinell yn dangos cryfder, mae strociau croes yn nodi perthynas dan straen ac mae saethau'n dangos i ba gyfeiriad y mae egni'n llifo.</translation>
    </message>
    <message>
        <source>{name} ({mark}) {count}</source>
        <translation>{name} ({mark}) {count}</translation>
    </message>
    <message>
        <source>{nodes}, {ties}: {capitals}; {strengths}; {stressful} stressful; {domains} reached.</source>
        <translation>{nodes}, {ties}: {capitals}; {strengths}; {stressful} dan straen; {domains} wedi'u cyrraedd.</translation>
    </message>
    <message numerus="yes">
        <source>%n people and places</source>
        <translation>
            <numerusform>%n o bobl a lleoedd</numerusform>
            <numerusform>%n person neu le</numerusform>
            <numerusform>%n o bobl a lleoedd</numerusform>
            <numerusform>%n o bobl a lleoedd</numerusform>
            <numerusform>%n o bobl a lleoedd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ties</source>
        <translation>
            <numerusform>%n perthynas</numerusform>
            <numerusform>%n perthynas</numerusform>
            <numerusform>%n perthynas</numerusform>
            <numerusform>%n perthynas</numerusform>
            <numerusform>%n perthynas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n areas of life</source>
        <translation>
            <numerusform>%n maes bywyd</numerusform>
            <numerusform>%n maes bywyd</numerusform>
            <numerusform>%n maes bywyd</numerusform>
            <numerusform>%n maes bywyd</numerusform>
            <numerusform>%n maes bywyd</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: {meaning}.</source>
        <translation>{name}: {meaning}.</translation>
    </message>
    <message>
        <source>The client is the large circle; a person a circle, a pet a diamond, a group a rounded square, an organisation a square.</source>
        <translation>Y cleient yw'r cylch mawr; person yw cylch, anifail anwes yw diemwnt, grŵp yw sgwâr crwn, sefydliad yw sgwâr.</translation>
    </message>
</context>
<context>
    <name>Legibility</name>
    <message numerus="yes">
        <source>%n label(s) overlap</source>
        <translation>
            <numerusform>%n label yn gorgyffwrdd</numerusform>
            <numerusform>%n label yn gorgyffwrdd</numerusform>
            <numerusform>%n label yn gorgyffwrdd</numerusform>
            <numerusform>%n label yn gorgyffwrdd</numerusform>
            <numerusform>%n label yn gorgyffwrdd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tie mark(s) covered</source>
        <translation>
            <numerusform>%n nod perthynas wedi'i guddio</numerusform>
            <numerusform>%n nod perthynas wedi'i guddio</numerusform>
            <numerusform>%n nod perthynas wedi'i guddio</numerusform>
            <numerusform>%n nod perthynas wedi'i guddio</numerusform>
            <numerusform>%n nod perthynas wedi'i guddio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tie(s) running through people</source>
        <translation>
            <numerusform>%n perthynas yn mynd trwy bobl</numerusform>
            <numerusform>%n perthynas yn mynd trwy berson</numerusform>
            <numerusform>%n perthynas yn mynd trwy bobl</numerusform>
            <numerusform>%n perthynas yn mynd trwy bobl</numerusform>
            <numerusform>%n perthynas yn mynd trwy bobl</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) outside their sector</source>
        <translation>
            <numerusform>%n person y tu allan i'w sectorau</numerusform>
            <numerusform>%n person y tu allan i'w sector</numerusform>
            <numerusform>%n person y tu allan i'w sectorau</numerusform>
            <numerusform>%n person y tu allan i'w sectorau</numerusform>
            <numerusform>%n person y tu allan i'w sectorau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) outside their ring</source>
        <translation>
            <numerusform>%n person y tu allan i'w cylchoedd</numerusform>
            <numerusform>%n person y tu allan i'w cylch</numerusform>
            <numerusform>%n person y tu allan i'w cylchoedd</numerusform>
            <numerusform>%n person y tu allan i'w cylchoedd</numerusform>
            <numerusform>%n person y tu allan i'w cylchoedd</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>People and places</source>
        <translation>Pobl a lleoedd</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Manylion</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Allwedd</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Hanes</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Cynllun</translation>
    </message>
    <message>
        <source>the map</source>
        <translation>y map</translation>
    </message>
    <message>
        <source>Read-only: this case is {reason}</source>
        <translation>Darllen yn unig: mae'r achos hwn {reason}</translation>
    </message>
    <message>
        <source>An unexpected error ({error}) happened while closing the case.</source>
        <translation>Digwyddodd gwall annisgwyl ({error}) wrth gau'r achos.</translation>
    </message>
    <message>
        <source>Ecomap did not close, so that nothing is lost.</source>
        <translation>Ni chaeodd Ecomap, fel na fydd dim yn cael ei golli.</translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <source>Kind of tie (colour and letter)</source>
        <translation>Math o berthynas (lliw a llythyren)</translation>
    </message>
    <message>
        <source>Kind of tie</source>
        <translation>Math o berthynas</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Llinell</translation>
    </message>
    <message>
        <source>Stressful</source>
        <translation>Dan straen</translation>
    </message>
    <message>
        <source>Energy flow</source>
        <translation>Llif egni</translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation>Y ddwy ffordd</translation>
    </message>
    <message>
        <source>People and places (shape)</source>
        <translation>Pobl a lleoedd (siâp)</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Siâp</translation>
    </message>
    <message>
        <source>Rings: how close to the client (close, middle, outer). Sectors and pale fills: the area of life.</source>
        <translation>Cylchoedd: pa mor agos at y cleient (agos, canol, allanol). Sectorau a lliwiau golau: maes bywyd.</translation>
    </message>
</context>
<context>
    <name>Measures</name>
    <message>
        <source>People and places</source>
        <translation>Pobl a lleoedd</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>Perthnasoedd</translation>
    </message>
    <message>
        <source>bonding (B)</source>
        <translation>clymu (B)</translation>
    </message>
    <message>
        <source>bridging (Br)</source>
        <translation>pontio (Br)</translation>
    </message>
    <message>
        <source>linking (L)</source>
        <translation>cysylltu (L)</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>cryf</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>cymedrol</translation>
    </message>
    <message>
        <source>tenuous</source>
        <translation>gwan</translation>
    </message>
    <message>
        <source>Stressful ties</source>
        <translation>Perthnasoedd dan straen</translation>
    </message>
    <message>
        <source>Areas of life reached</source>
        <translation>Meysydd bywyd a gyrhaeddwyd</translation>
    </message>
    <message>
        <source>Client's ties</source>
        <translation>Perthnasoedd y cleient</translation>
    </message>
    <message>
        <source>Density</source>
        <translation>Dwysedd</translation>
    </message>
    <message>
        <source>Effective size</source>
        <translation>Maint effeithiol</translation>
    </message>
    <message>
        <source>Constraint</source>
        <translation>Cyfyngiad</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Fersiwn</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Density: the share of all possible ties between the people and places on the map that exist. Effective size: how many separate groups the client's ties reach (higher means more bridging). Constraint: how far the client's ties all lead into one close group (lower means a more open network). A dash means the measure is undefined because the client has no ties.</source>
        <translation>Dwysedd: y gyfran o'r holl berthnasoedd posibl rhwng y bobl a'r lleoedd ar y map sy'n bodoli. Maint effeithiol: faint o grwpiau ar wahân y mae perthnasoedd y cleient yn eu cyrraedd (uwch yn golygu mwy o bontio). Cyfyngiad: i ba raddau y mae perthnasoedd y cleient i gyd yn arwain i un grŵp agos (is yn golygu rhwydwaith mwy agored). Mae llinell doriad yn golygu nad yw'r mesur wedi'i ddiffinio am nad oes gan y cleient berthnasoedd.</translation>
    </message>
</context>
<context>
    <name>NewCaseForm</name>
    <message>
        <source>Before the map is saved for the first time, say whose map it is.</source>
        <translation>Cyn i'r map gael ei gadw am y tro cyntaf, dywedwch map pwy ydyw.</translation>
    </message>
    <message>
        <source>This case is protected by a passphrase: its file will be protected by it too.</source>
        <translation>Mae'r achos hwn wedi'i ddiogelu gan gyfrinymadrodd: bydd ei ffeil wedi'i diogelu ganddo hefyd.</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>Dewis ble i gadw…</translation>
    </message>
    <message>
        <source>&amp;Protect this case with a passphrase</source>
        <translation>&amp;Diogelu'r achos hwn â chyfrinymadrodd</translation>
    </message>
    <message>
        <source>The case file is encrypted: it opens only with the passphrase</source>
        <translation>Mae'r ffeil achos wedi'i hamgryptio: dim ond gyda'r cyfrinymadrodd y mae'n agor</translation>
    </message>
</context>
<context>
    <name>Notation</name>
    <message>
        <source>Bonding</source>
        <translation>Clymu</translation>
    </message>
    <message>
        <source>Bridging</source>
        <translation>Pontio</translation>
    </message>
    <message>
        <source>Linking</source>
        <translation>Cysylltu</translation>
    </message>
    <message>
        <source>bonding</source>
        <translation>clymu</translation>
    </message>
    <message>
        <source>bridging</source>
        <translation>pontio</translation>
    </message>
    <message>
        <source>linking</source>
        <translation>cysylltu</translation>
    </message>
    <message>
        <source>close ties among similar people</source>
        <translation>perthnasoedd agos rhwng pobl debyg</translation>
    </message>
    <message>
        <source>ties across groups</source>
        <translation>perthnasoedd ar draws grwpiau</translation>
    </message>
    <message>
        <source>ties to institutions and authority</source>
        <translation>perthnasoedd â sefydliadau ac awdurdod</translation>
    </message>
    <message>
        <source>close ties among people like them — family, close friends</source>
        <translation>perthnasoedd agos â phobl debyg iddyn nhw — teulu, ffrindiau agos</translation>
    </message>
    <message>
        <source>ties across different groups — a recovery café, a sports club, a peer mentor, a workplace</source>
        <translation>perthnasoedd ar draws grwpiau gwahanol — caffi adferiad, clwb chwaraeon, mentor cymheiriaid, gweithle</translation>
    </message>
    <message>
        <source>ties to people with authority or resources — probation officer, job centre, housing officer, GP</source>
        <translation>perthnasoedd â phobl ag awdurdod neu adnoddau — swyddog prawf, canolfan waith, swyddog tai, meddyg teulu</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Cryf</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Cymedrol</translation>
    </message>
    <message>
        <source>Tenuous</source>
        <translation>Gwan</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>cryf</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>cymedrol</translation>
    </message>
    <message>
        <source>tenuous</source>
        <translation>gwan</translation>
    </message>
    <message>
        <source>No flow marked</source>
        <translation>Dim llif egni wedi'i nodi</translation>
    </message>
    <message>
        <source>Flows to the second</source>
        <translation>Yn llifo i'r ail ben</translation>
    </message>
    <message>
        <source>Flows to the first</source>
        <translation>Yn llifo i'r pen cyntaf</translation>
    </message>
    <message>
        <source>Flows both ways</source>
        <translation>Yn llifo'r ddwy ffordd</translation>
    </message>
    <message>
        <source>The client</source>
        <translation>Y cleient</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Pet</source>
        <translation>Anifail anwes</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grŵp</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <source>the client</source>
        <translation>y cleient</translation>
    </message>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>pet</source>
        <translation>anifail anwes</translation>
    </message>
    <message>
        <source>group</source>
        <translation>grŵp</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>sefydliad</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Teulu</translation>
    </message>
    <message>
        <source>Friends</source>
        <translation>Ffrindiau</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Cymuned</translation>
    </message>
    <message>
        <source>Work and education</source>
        <translation>Gwaith ac addysg</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Gwasanaethau</translation>
    </message>
    <message>
        <source>Justice</source>
        <translation>Cyfiawnder</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
    <message>
        <source>family</source>
        <translation>teulu</translation>
    </message>
    <message>
        <source>friends</source>
        <translation>ffrindiau</translation>
    </message>
    <message>
        <source>community</source>
        <translation>cymuned</translation>
    </message>
    <message>
        <source>work and education</source>
        <translation>gwaith ac addysg</translation>
    </message>
    <message>
        <source>services</source>
        <translation>gwasanaethau</translation>
    </message>
    <message>
        <source>justice</source>
        <translation>cyfiawnder</translation>
    </message>
    <message>
        <source>other</source>
        <translation>arall</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Agos</translation>
    </message>
    <message>
        <source>Middle</source>
        <translation>Canol</translation>
    </message>
    <message>
        <source>Outer</source>
        <translation>Allanol</translation>
    </message>
</context>
<context>
    <name>OpenCase</name>
    <message>
        <source>not assigned to you, so you may read it but not change it</source>
        <translation>heb ei neilltuo i chi, felly cewch ei ddarllen ond nid ei newid</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cleient</translation>
    </message>
    <message>
        <source>open in another Ecomap</source>
        <translation>ar agor mewn Ecomap arall</translation>
    </message>
    <message>
        <source>this case has not been saved to a file yet</source>
        <translation>nid yw'r achos hwn wedi'i gadw mewn ffeil eto</translation>
    </message>
    <message>
        <source>is read-only here ({reason})</source>
        <translation>i'w ddarllen yn unig yma ({reason})</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <source>Nothing matches. Clear the search, or double-click the map to add anyone.</source>
        <translation>Does dim yn cyfateb. Cliriwch y chwiliad, neu cliciwch ddwywaith ar y map i ychwanegu unrhyw un.</translation>
    </message>
    <message>
        <source>{entry}: {kind}, {domain}</source>
        <translation>{entry}: {kind}, {domain}</translation>
    </message>
    <message>
        <source>{entry}, {domain}</source>
        <translation>{entry}, {domain}</translation>
    </message>
    <message>
        <source>People and places</source>
        <translation>Pobl a lleoedd</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Chwilio…</translation>
    </message>
    <message>
        <source>Find a person or place</source>
        <translation>Dod o hyd i berson neu le</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Clirio'r chwilio</translation>
    </message>
    <message>
        <source>Type to filter the list; Enter adds the best match, or what you typed as someone new if nothing matches; Down moves into the list</source>
        <translation>Teipiwch i hidlo'r rhestr; mae Enter yn ychwanegu'r cyfatebiad gorau, neu'r hyn a deipiwyd gennych fel rhywun newydd os nad oes dim yn cyfateb; mae Down yn symud i'r rhestr</translation>
    </message>
    <message>
        <source>People and places to add</source>
        <translation>Pobl a lleoedd i'w hychwanegu</translation>
    </message>
    <message>
        <source>Grouped by area of life. Enter or double-click adds the entry to the map; drag to place it.</source>
        <translation>Wedi'u grwpio yn ôl maes bywyd. Mae Enter neu glicio dwbl yn ychwanegu'r eitem at y map; llusgwch i'w gosod.</translation>
    </message>
    <message>
        <source>Double-click, press Enter or drag onto the map to add.</source>
        <translation>Cliciwch ddwywaith, pwyswch Enter neu llusgwch i'r map i ychwanegu.</translation>
    </message>
    <message>
        <source>How to add</source>
        <translation>Sut i ychwanegu</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Dim cyfatebiaeth</translation>
    </message>
    <message>
        <source>Nothing matches. Enter adds “{name}” as a new {kind}.</source>
        <translation>Does dim yn cyfateb. Mae Enter yn ychwanegu “{name}” fel {kind} newydd.</translation>
    </message>
    <message>
        <source>Nothing matches. Enter adds “{name}” as a new {kind} in {domain}.</source>
        <translation>Does dim yn cyfateb. Mae Enter yn ychwanegu “{name}” fel {kind} newydd yn {domain}.</translation>
    </message>
</context>
<context>
    <name>PaneFocus</name>
    <message>
        <source>Keyboard in: {pane} ({keys} goes on)</source>
        <translation>Bysellfwrdd yn: {pane} ({keys} i barhau)</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>&amp;Show the passphrase</source>
        <translation>&amp;Dangos y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Cyfrinymadrodd newydd eto</translation>
    </message>
    <message>
        <source>Choose a long passphrase: several words that you will remember, not a single word or a name.</source>
        <translation>Dewiswch gyfrinymadrodd hir: sawl gair y byddwch yn eu cofio, nid un gair neu enw.</translation>
    </message>
    <message>
        <source>This one is short: a few more words make it much harder to guess.</source>
        <translation>Mae hwn yn fyr: mae ychydig mwy o eiriau yn ei wneud yn llawer anoddach i'w ddyfalu.</translation>
    </message>
    <message>
        <source>If the passphrase is forgotten, the case cannot be opened again. Nobody can recover it: not Ecomap, not your IT team, not anyone. Keep it where your service keeps such things.</source>
        <translation>Os caiff y cyfrinymadrodd ei anghofio, ni ellir agor yr achos eto. Ni all neb ei adfer: nid Ecomap, nid eich tîm TG, nid neb. Cadwch ef lle mae eich gwasanaeth yn cadw pethau o'r fath.</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>Cyfrinymadrodd &amp;newydd:</translation>
    </message>
    <message>
        <source>New passphrase, once &amp;more:</source>
        <translation>Cyfrinymadrodd newydd, &amp;unwaith eto:</translation>
    </message>
    <message>
        <source>Type a passphrase (it cannot be empty or only spaces).</source>
        <translation>Teipiwch gyfrinymadrodd (ni all fod yn wag nac yn fylchau yn unig).</translation>
    </message>
    <message>
        <source>The two passphrases are not the same: type them again.</source>
        <translation>Nid yw'r ddau gyfrinymadrodd yr un fath: teipiwch nhw eto.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Cyfrinymadrodd presennol</translation>
    </message>
    <message>
        <source>That is not the passphrase this case is protected by now.</source>
        <translation>Nid dyna'r cyfrinymadrodd sy'n diogelu'r achos hwn nawr.</translation>
    </message>
    <message>
        <source>Protected case – Ecomap</source>
        <translation>Achos wedi'i ddiogelu – Ecomap</translation>
    </message>
    <message>
        <source>{file} is protected by a passphrase. Type the passphrase to open it.</source>
        <translation>Mae {file} wedi'i ddiogelu gan gyfrinymadrodd. Teipiwch y cyfrinymadrodd i'w agor.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <source>That passphrase did not open {file}. This is the last try.</source>
        <translation>Ni agorodd y cyfrinymadrodd hwnnw {file}. Dyma'r cynnig olaf.</translation>
    </message>
    <message numerus="yes">
        <source>That passphrase did not open {file}. %n tries are left.</source>
        <translation>
            <numerusform>Ni agorodd y cyfrinymadrodd hwnnw {file}. Mae %n cynnig ar ôl.</numerusform>
            <numerusform>Ni agorodd y cyfrinymadrodd hwnnw {file}. Mae %n cynnig ar ôl.</numerusform>
            <numerusform>Ni agorodd y cyfrinymadrodd hwnnw {file}. Mae %n cynnig ar ôl.</numerusform>
            <numerusform>Ni agorodd y cyfrinymadrodd hwnnw {file}. Mae %n cynnig ar ôl.</numerusform>
            <numerusform>Ni agorodd y cyfrinymadrodd hwnnw {file}. Mae %n cynnig ar ôl.</numerusform>
        </translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Cyfrinymadrodd:</translation>
    </message>
    <message>
        <source>Type the passphrase, or Cancel to leave the case closed.</source>
        <translation>Teipiwch y cyfrinymadrodd, neu Diddymu i adael yr achos ar gau.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Newid y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>{file} will open only with the new passphrase; the old one will no longer open it.</source>
        <translation>Bydd {file} yn agor gyda'r cyfrinymadrodd newydd yn unig; ni fydd yr hen un yn ei agor mwyach.</translation>
    </message>
    <message>
        <source>Protect with a passphrase</source>
        <translation>Diogelu gyda chyfrinymadrodd</translation>
    </message>
    <message>
        <source>Protect</source>
        <translation>Diogelu</translation>
    </message>
    <message>
        <source>{file} will be encrypted: without the passphrase, nobody can read anything in it, not even who it is about. Ecomap asks for the passphrase each time the case is opened.</source>
        <translation>Caiff {file} ei amgryptio: heb y cyfrinymadrodd, ni all neb ddarllen dim ynddo, nid hyd yn oed am bwy y mae. Mae Ecomap yn gofyn am y cyfrinymadrodd bob tro yr agorir yr achos.</translation>
    </message>
    <message>
        <source>Your unsaved changes stay as they are: they are protected too, and Save keeps them.</source>
        <translation>Mae eich newidiadau heb eu cadw yn aros fel y maen nhw: maen nhw wedi'u diogelu hefyd, ac mae Cadw yn eu cadw.</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>Cyfrinymadrodd &amp;presennol:</translation>
    </message>
    <message>
        <source>{file} will be written again without encryption. Anyone who has the file, or a copy of it, will be able to read everything in it: the client's name, the people on the map and the notes. Only do this if your service allows such files unprotected.</source>
        <translation>Caiff {file} ei ysgrifennu eto heb amgryptio. Bydd unrhyw un sydd â'r ffeil, neu gopi ohoni, yn gallu darllen popeth ynddi: enw'r cleient, y bobl ar y map a'r nodiadau. Gwnewch hyn dim ond os yw eich gwasanaeth yn caniatáu ffeiliau o'r fath heb eu diogelu.</translation>
    </message>
    <message>
        <source>Remove protection</source>
        <translation>Tynnu'r diogelwch</translation>
    </message>
    <message>
        <source>&amp;Current passphrase, to confirm:</source>
        <translation>Y cyfrinymadrodd &amp;presennol, i gadarnhau:</translation>
    </message>
    <message>
        <source>Recover the protected new case from {when}?</source>
        <translation>Adfer yr achos newydd wedi'i ddiogelu o {when}?</translation>
    </message>
    <message>
        <source>Ecomap closed before a new case protected by a passphrase was saved to a file. Recover asks for its passphrase and brings it back (save it to keep it); Discard deletes it for good.</source>
        <translation>Caeodd Ecomap cyn i achos newydd wedi'i ddiogelu gan gyfrinymadrodd gael ei gadw mewn ffeil. Mae Adfer yn gofyn am ei gyfrinymadrodd ac yn dod ag ef yn ôl (cadwch ef i'w gadw); mae Gwaredu yn ei ddileu am byth.</translation>
    </message>
    <message>
        <source>is protected and the passphrase was not right three times; it was not opened</source>
        <translation>wedi'i ddiogelu ac roedd y cyfrinymadrodd yn anghywir dair gwaith; ni chafodd ei agor</translation>
    </message>
</context>
<context>
    <name>PdfChart</name>
    <message>
        <source>Ties</source>
        <comment>the chart's vertical axis: how many ties</comment>
        <translation>Perthnasoedd</translation>
    </message>
</context>
<context>
    <name>PdfCohort</name>
    <message>
        <source>Mean client ties per case</source>
        <translation>Cymedr perthnasoedd y cleient fesul achos</translation>
    </message>
    <message>
        <source>First version</source>
        <translation>Fersiwn gyntaf</translation>
    </message>
    <message>
        <source>Latest version</source>
        <translation>Fersiwn ddiweddaraf</translation>
    </message>
    <message>
        <source>first</source>
        <comment>under the bar of the first versions</comment>
        <translation>cyntaf</translation>
    </message>
    <message>
        <source>latest</source>
        <comment>under the bar of the latest versions</comment>
        <translation>diweddaraf</translation>
    </message>
    <message>
        <source>rose in {percent} of cases</source>
        <translation>cododd mewn {percent} o achosion</translation>
    </message>
    <message>
        <source>fell in {percent}</source>
        <translation>gostyngodd mewn {percent}</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Cyntaf</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Diweddaraf</translation>
    </message>
    <message>
        <source>Cases first</source>
        <translation>Achosion ar y cyntaf</translation>
    </message>
    <message>
        <source>Cases latest</source>
        <translation>Achosion ar y diweddaraf</translation>
    </message>
    <message>
        <source>Cases reaching each asset</source>
        <translation>Achosion sy'n cyrraedd pob ased</translation>
    </message>
    <message>
        <source>Effective size counts the client's contacts who are not tied to one another: how many separate circles the client's ties reach. Higher means more brokerage between circles, that is more bridging capital.</source>
        <translation>Mae maint effeithiol yn cyfrif cysylltiadau'r cleient nad oes perthynas rhyngddynt: faint o gylchoedd ar wahân y mae perthnasoedd y cleient yn eu cyrraedd. Mae uwch yn golygu mwy o bontio rhwng cylchoedd, hynny yw mwy o gyfalaf pontio.</translation>
    </message>
    <message>
        <source>Each case counts once: its first saved version against its latest (a case with one version counts as the same). Ties are the client's own ties. The figures describe the cohort as a whole: no client, worker or other person is named anywhere in this summary.</source>
        <translation>Mae pob achos yn cyfrif unwaith: ei fersiwn gyntaf a gadwyd yn erbyn ei ddiweddaraf (mae achos ag un fersiwn yn cyfrif fel yr un fath). Perthnasoedd y cleient ei hun yw'r perthnasoedd. Mae'r ffigurau'n disgrifio'r garfan gyfan: nid oes cleient, gweithiwr na pherson arall wedi'i enwi yn unman yn y crynodeb hwn.</translation>
    </message>
    <message>
        <source>The mean number of the client's ties of each kind per case, at each case's first saved version and at its latest; under each pair, the share of cases in which that kind of tie rose and fell.</source>
        <translation>Cymedr nifer perthnasoedd y cleient o bob math fesul achos, ar fersiwn gyntaf pob achos a gadwyd ac ar ei ddiweddaraf; o dan bob pâr, y gyfran o achosion lle cododd a gostyngodd y math hwnnw o berthynas.</translation>
    </message>
    <message>
        <source>Client ties by kind of capital</source>
        <translation>Perthnasoedd y cleient yn ôl math o gyfalaf</translation>
    </message>
    <message>
        <source>The client's effective size</source>
        <translation>Maint effeithiol y cleient</translation>
    </message>
    <message>
        <source>Mean per case: {first} at the first version, {latest} at the latest ({change}).</source>
        <translation>Cymedr fesul achos: {first} ar y fersiwn gyntaf, {latest} ar y ddiweddaraf ({change}).</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Achosion</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Cyfnod</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s), each its first and latest saved version</source>
        <translation>
            <numerusform>%n achos, pob un â'i fersiwn gyntaf a'i ddiweddaraf a gadwyd</numerusform>
            <numerusform>%n achos, pob un â'i fersiwn gyntaf a'i ddiweddaraf a gadwyd</numerusform>
            <numerusform>%n achos, pob un â'i fersiwn gyntaf a'i ddiweddaraf a gadwyd</numerusform>
            <numerusform>%n achos, pob un â'i fersiwn gyntaf a'i ddiweddaraf a gadwyd</numerusform>
            <numerusform>%n achos, pob un â'i fersiwn gyntaf a'i ddiweddaraf a gadwyd</numerusform>
        </translation>
    </message>
    <message>
        <source>no dates recorded</source>
        <translation>dim dyddiadau wedi'u cofnodi</translation>
    </message>
    <message>
        <source>Across the cohort</source>
        <translation>Ar draws y garfan</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>Heb eu cyfrif</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) could not be read and are not counted (ecomap cohort names them).</source>
        <translation>
            <numerusform>Nid oedd modd darllen %n ffynhonnell ac ni chânt eu cyfrif (mae ecomap cohort yn eu henwi).</numerusform>
            <numerusform>Nid oedd modd darllen %n ffynhonnell ac ni chânt eu cyfrif (mae ecomap cohort yn eu henwi).</numerusform>
            <numerusform>Nid oedd modd darllen %n ffynhonnell ac ni chânt eu cyfrif (mae ecomap cohort yn eu henwi).</numerusform>
            <numerusform>Nid oedd modd darllen %n ffynhonnell ac ni chânt eu cyfrif (mae ecomap cohort yn eu henwi).</numerusform>
            <numerusform>Nid oedd modd darllen %n ffynhonnell ac ni chânt eu cyfrif (mae ecomap cohort yn eu henwi).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Groups and organisations in the community or in work and education that clients have a tie to: how many cases reached each at their first saved version and at their latest, of %n case(s).</source>
        <translation>
            <numerusform>Grwpiau a sefydliadau yn y gymuned neu ym myd gwaith ac addysg y mae gan gleientiaid berthynas â nhw: faint o achosion a gyrhaeddodd bob un ar eu fersiwn gyntaf a gadwyd ac ar eu diweddaraf, o %n achos.</numerusform>
            <numerusform>Grwpiau a sefydliadau yn y gymuned neu ym myd gwaith ac addysg y mae gan gleientiaid berthynas â nhw: faint o achosion a gyrhaeddodd bob un ar eu fersiwn gyntaf a gadwyd ac ar eu diweddaraf, o %n achos.</numerusform>
            <numerusform>Grwpiau a sefydliadau yn y gymuned neu ym myd gwaith ac addysg y mae gan gleientiaid berthynas â nhw: faint o achosion a gyrhaeddodd bob un ar eu fersiwn gyntaf a gadwyd ac ar eu diweddaraf, o %n achos.</numerusform>
            <numerusform>Grwpiau a sefydliadau yn y gymuned neu ym myd gwaith ac addysg y mae gan gleientiaid berthynas â nhw: faint o achosion a gyrhaeddodd bob un ar eu fersiwn gyntaf a gadwyd ac ar eu diweddaraf, o %n achos.</numerusform>
            <numerusform>Grwpiau a sefydliadau yn y gymuned neu ym myd gwaith ac addysg y mae gan gleientiaid berthynas â nhw: faint o achosion a gyrhaeddodd bob un ar eu fersiwn gyntaf a gadwyd ac ar eu diweddaraf, o %n achos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only assets reached by at least %n case(s), at the first version or the latest, are shown.</source>
        <translation>
            <numerusform>Dim ond asedau a gyrhaeddwyd gan o leiaf %n achos, ar y fersiwn gyntaf neu'r ddiweddaraf, a ddangosir.</numerusform>
            <numerusform>Dim ond asedau a gyrhaeddwyd gan o leiaf %n achos, ar y fersiwn gyntaf neu'r ddiweddaraf, a ddangosir.</numerusform>
            <numerusform>Dim ond asedau a gyrhaeddwyd gan o leiaf %n achos, ar y fersiwn gyntaf neu'r ddiweddaraf, a ddangosir.</numerusform>
            <numerusform>Dim ond asedau a gyrhaeddwyd gan o leiaf %n achos, ar y fersiwn gyntaf neu'r ddiweddaraf, a ddangosir.</numerusform>
            <numerusform>Dim ond asedau a gyrhaeddwyd gan o leiaf %n achos, ar y fersiwn gyntaf neu'r ddiweddaraf, a ddangosir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Community assets</source>
        <translation>Asedau cymunedol</translation>
    </message>
    <message numerus="yes">
        <source>No community asset is reached by at least %n case(s), so none is shown.</source>
        <translation>
            <numerusform>Nid oes ased cymunedol a gyrhaeddir gan o leiaf %n achos, felly ni ddangosir un.</numerusform>
            <numerusform>Nid oes ased cymunedol a gyrhaeddir gan o leiaf %n achos, felly ni ddangosir un.</numerusform>
            <numerusform>Nid oes ased cymunedol a gyrhaeddir gan o leiaf %n achos, felly ni ddangosir un.</numerusform>
            <numerusform>Nid oes ased cymunedol a gyrhaeddir gan o leiaf %n achos, felly ni ddangosir un.</numerusform>
            <numerusform>Nid oes ased cymunedol a gyrhaeddir gan o leiaf %n achos, felly ni ddangosir un.</numerusform>
        </translation>
    </message>
    <message>
        <source>No client's map has a community asset on it, so there is none to show.</source>
        <translation>Nid oes ased cymunedol ar fap unrhyw gleient, felly does dim i'w ddangos.</translation>
    </message>
    <message>
        <source>The chart shows the {shown} assets most reached at the latest version; the table lists all {all}.</source>
        <translation>Mae'r siart yn dangos y {shown} ased a gyrhaeddwyd fwyaf ar y fersiwn ddiweddaraf; mae'r tabl yn rhestru pob un o'r {all}.</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) reached by fewer than {k} cases are not shown, so that no figure points at one client.</source>
        <translation>
            <numerusform>Ni ddangosir %n ased a gyrhaeddwyd gan lai na {k} achos, fel nad oes ffigur yn cyfeirio at un cleient.</numerusform>
            <numerusform>Ni ddangosir %n ased a gyrhaeddwyd gan lai na {k} achos, fel nad oes ffigur yn cyfeirio at un cleient.</numerusform>
            <numerusform>Ni ddangosir %n ased a gyrhaeddwyd gan lai na {k} achos, fel nad oes ffigur yn cyfeirio at un cleient.</numerusform>
            <numerusform>Ni ddangosir %n ased a gyrhaeddwyd gan lai na {k} achos, fel nad oes ffigur yn cyfeirio at un cleient.</numerusform>
            <numerusform>Ni ddangosir %n ased a gyrhaeddwyd gan lai na {k} achos, fel nad oes ffigur yn cyfeirio at un cleient.</numerusform>
        </translation>
    </message>
    <message>
        <source>Client ties, mean per case</source>
        <translation>Perthnasoedd y cleient, cymedr fesul achos</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <source>Rose</source>
        <translation>Cododd</translation>
    </message>
    <message>
        <source>Fell</source>
        <translation>Gostyngodd</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Yr un fath</translation>
    </message>
    <message>
        <source>Community asset</source>
        <translation>Ased cymunedol</translation>
    </message>
    <message>
        <source>Cases first (of {cases})</source>
        <translation>Achosion ar y cyntaf (o {cases})</translation>
    </message>
    <message>
        <source>Cases latest (of {cases})</source>
        <translation>Achosion ar y diweddaraf (o {cases})</translation>
    </message>
    <message>
        <source>Ecomap cohort summary</source>
        <translation>Crynodeb carfan Ecomap</translation>
    </message>
    <message>
        <source>Ecomap cohort summary: how clients' ties and community assets changed across a cohort</source>
        <translation>Crynodeb carfan Ecomap: sut y newidiodd perthnasoedd cleientiaid ac asedau cymunedol ar draws carfan</translation>
    </message>
    <message numerus="yes">
        <source>Cohort of %n case(s)</source>
        <translation>
            <numerusform>Carfan o %n achos</numerusform>
            <numerusform>Carfan o %n achos</numerusform>
            <numerusform>Carfan o %n achos</numerusform>
            <numerusform>Carfan o %n achos</numerusform>
            <numerusform>Carfan o %n achos</numerusform>
        </translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} i {end}</translation>
    </message>
</context>
<context>
    <name>PdfContent</name>
    <message>
        <source>Version {number}: {label}</source>
        <translation>Fersiwn {number}: {label}</translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation>Fersiwn {number}</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} i {last}</translation>
    </message>
    <message>
        <source>the case has no saved versions to summarise</source>
        <translation>nid oes gan yr achos fersiynau wedi'u cadw i'w crynhoi</translation>
    </message>
    <message>
        <source>no versions were chosen</source>
        <translation>ni ddewiswyd fersiynau</translation>
    </message>
    <message>
        <source>the case has no version {number} (it has only version 1)</source>
        <translation>nid oes gan yr achos fersiwn {number} (dim ond fersiwn 1 sydd ganddo)</translation>
    </message>
    <message>
        <source>the case has no version {number} (it has {total}: 1 to {total})</source>
        <translation>nid oes gan yr achos fersiwn {number} (mae ganddo {total}: 1 i {total})</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>asset names hold right-to-left writing (such as Arabic or Hebrew), which prints left to right</source>
        <translation>mae enwau asedau'n cynnwys ysgrifen o'r dde i'r chwith (fel Arabeg neu Hebraeg), sy'n argraffu o'r chwith i'r dde</translation>
    </message>
    <message>
        <source>names or notes hold right-to-left writing (such as Arabic or Hebrew), which prints left to right</source>
        <translation>mae enwau neu nodiadau'n cynnwys ysgrifen o'r dde i'r chwith (fel Arabeg neu Hebraeg), sy'n argraffu o'r chwith i'r dde</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) in asset names are not in the PDF's font and print as boxes: {shown}</source>
        <translation>
            <numerusform>nid yw %n nod yn enwau'r asedau yn ffont y PDF ac maen nhw'n argraffu fel blychau: {shown}</numerusform>
            <numerusform>nid yw %n nod yn enwau'r asedau yn ffont y PDF ac maen nhw'n argraffu fel blychau: {shown}</numerusform>
            <numerusform>nid yw %n nod yn enwau'r asedau yn ffont y PDF ac maen nhw'n argraffu fel blychau: {shown}</numerusform>
            <numerusform>nid yw %n nod yn enwau'r asedau yn ffont y PDF ac maen nhw'n argraffu fel blychau: {shown}</numerusform>
            <numerusform>nid yw %n nod yn enwau'r asedau yn ffont y PDF ac maen nhw'n argraffu fel blychau: {shown}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) in names or notes are not in the PDF's font and print as boxes: {shown}</source>
        <translation>
            <numerusform>nid yw %n nod mewn enwau neu nodiadau yn ffont y PDF ac maen nhw'n argraffu fel blychau: {shown}</numerusform>
            <numerusform>nid yw %n nod mewn enwau neu nodiadau yn ffont y PDF ac maen nhw'n argraffu fel blychau: {shown}</numerusform>
            <numerusform>nid yw %n nod mewn enwau neu nodiadau yn ffont y PDF ac maen nhw'n argraffu fel blychau: {shown}</numerusform>
            <numerusform>nid yw %n nod mewn enwau neu nodiadau yn ffont y PDF ac maen nhw'n argraffu fel blychau: {shown}</numerusform>
            <numerusform>nid yw %n nod mewn enwau neu nodiadau yn ffont y PDF ac maen nhw'n argraffu fel blychau: {shown}</numerusform>
        </translation>
    </message>
    <message>
        <source>Ecomap summary</source>
        <translation>Crynodeb Ecomap</translation>
    </message>
    <message>
        <source>Ecomap summary: a client's network and how it changed over time</source>
        <translation>Crynodeb Ecomap: rhwydwaith cleient a sut y newidiodd dros amser</translation>
    </message>
    <message>
        <source>is a folder</source>
        <translation>ffolder yw hwn</translation>
    </message>
    <message>
        <source>its folder does not exist</source>
        <translation>nid yw ei ffolder yn bodoli</translation>
    </message>
    <message>
        <source>cannot be written ({reason})</source>
        <translation>ni ellir ei ysgrifennu ({reason})</translation>
    </message>
    <message>
        <source>the protective marking is longer than {limit} characters</source>
        <translation>mae'r marc diogelu yn hwy na {limit} nod</translation>
    </message>
    <message>
        <source>the protective marking holds characters that cannot be printed</source>
        <translation>mae'r marc diogelu yn cynnwys nodau na ellir eu hargraffu</translation>
    </message>
    <message>
        <source>Export PDF summary</source>
        <translation>Allforio crynodeb PDF</translation>
    </message>
    <message>
        <source>none</source>
        <translation>dim</translation>
    </message>
    <message>
        <source>Protective marking</source>
        <translation>Marc diogelu</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Maint papur</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Open the PDF when it is done</source>
        <translation>Agor y PDF pan fydd yn barod</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papur</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Allforio…</translation>
    </message>
    <message>
        <source>Versions to include</source>
        <translation>Fersiynau i'w cynnwys</translation>
    </message>
    <message>
        <source>The working draft has changes not saved as a version: the summary shows saved versions only.</source>
        <translation>Mae gan y drafft gwaith newidiadau nad ydynt wedi'u cadw fel fersiwn: mae'r crynodeb yn dangos fersiynau a gadwyd yn unig.</translation>
    </message>
    <message>
        <source>Making the PDF summary</source>
        <translation>Gwneud y crynodeb PDF</translation>
    </message>
    <message>
        <source>{task} is still going on</source>
        <translation>{task}: yn dal ar waith</translation>
    </message>
    <message>
        <source>There is no saved version to summarise yet.</source>
        <translation>Nid oes fersiwn wedi'i chadw i'w chrynhoi eto.</translation>
    </message>
    <message>
        <source>Save the map as a version first (File &gt; Save version…); the summary shows saved versions.</source>
        <translation>Cadwch y map fel fersiwn yn gyntaf (Ffeil &gt; Cadw fersiwn…); mae'r crynodeb yn dangos fersiynau a gadwyd.</translation>
    </message>
    <message>
        <source>{name} summary {date}</source>
        <translation>Crynodeb {name} {date}</translation>
    </message>
    <message>
        <source>Exported the PDF summary to {file}</source>
        <translation>Allforiwyd y crynodeb PDF i {file}</translation>
    </message>
    <message>
        <source>The PDF summary was not made.</source>
        <translation>Ni chafodd y crynodeb PDF ei wneud.</translation>
    </message>
    <message>
        <source>Making the PDF summary…</source>
        <translation>Wrthi'n gwneud y crynodeb PDF…</translation>
    </message>
    <message>
        <source>PDF export cancelled; nothing was written</source>
        <translation>Diddymwyd allforio'r PDF; ni ysgrifennwyd dim</translation>
    </message>
    <message>
        <source>{file} was made, but not everything prints as typed.</source>
        <translation>Cafodd {file} ei wneud, ond nid yw popeth yn argraffu fel y'i teipiwyd.</translation>
    </message>
    <message>
        <source>Exported {file}, but no program here opens PDF files</source>
        <translation>Allforiwyd {file}, ond nid oes rhaglen yma sy'n agor ffeiliau PDF</translation>
    </message>
</context>
<context>
    <name>PdfFurniture</name>
    <message>
        <source>OFFICIAL-SENSITIVE</source>
        <comment>the default protective marking</comment>
        <translation>SWYDDOGOL-SENSITIF</translation>
    </message>
    <message>
        <source>Ecomap summary</source>
        <translation>Crynodeb Ecomap</translation>
    </message>
    <message>
        <source>Case {reference}</source>
        <translation>Achos {reference}</translation>
    </message>
    <message>
        <source>Versions: {list}</source>
        <translation>Fersiynau: {list}</translation>
    </message>
    <message>
        <source>Versions ({count}): {first} … {last}</source>
        <translation>Fersiynau ({count}): {first} … {last}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Tudalen {page} o {pages}</translation>
    </message>
    <message>
        <source>Generated {date}</source>
        <translation>Crëwyd {date}</translation>
    </message>
</context>
<context>
    <name>PdfLegend</name>
    <message>
        <source>planned or under way; see the plan section</source>
        <translation>wedi'i gynllunio neu ar y gweill; gweler adran y cynllun</translation>
    </message>
</context>
<context>
    <name>PdfPages</name>
    <message>
        <source>Change over time</source>
        <translation>Newid dros amser</translation>
    </message>
    <message>
        <source>Ties of each kind in each version</source>
        <translation>Perthnasoedd o bob math ym mhob fersiwn</translation>
    </message>
    <message>
        <source>Measures of each version</source>
        <translation>Mesurau pob fersiwn</translation>
    </message>
    <message>
        <source>What changed since the previous version (v{previous} → v{latest})</source>
        <translation>Beth sydd wedi newid ers y fersiwn flaenorol (v{previous} → v{latest})</translation>
    </message>
    <message>
        <source>What changed since the first version (v{first} → v{latest})</source>
        <translation>Beth sydd wedi newid ers y fersiwn gyntaf (v{first} → v{latest})</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Allwedd</translation>
    </message>
    <message>
        <source>The map now: {title}</source>
        <translation>Y map nawr: {title}</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>heb ei gofnodi</translation>
    </message>
    <message>
        <source>{initials} (initials)</source>
        <translation>{initials} (blaenlythrennau)</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cleient</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Gweithiwr</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Fersiynau</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Cyfeirnod yr achos</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Cyfnod</translation>
    </message>
    <message>
        <source>Ecomap summary: at a glance</source>
        <translation>Crynodeb Ecomap: cipolwg</translation>
    </message>
    <message>
        <source>pseudonymised: replaced by initials or roles; notes are left out.</source>
        <translation>wedi'u ffugenwi: blaenlythrennau neu rolau yn eu lle; mae nodiadau wedi'u gadael allan.</translation>
    </message>
    <message>
        <source>pseudonymised: replaced by initials or roles.</source>
        <translation>wedi'u ffugenwi: blaenlythrennau neu rolau yn eu lle.</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Enwau</translation>
    </message>
    <message>
        <source>{reference} (pseudonym)</source>
        <translation>{reference} (ffugenw)</translation>
    </message>
    <message>
        <source>the only one</source>
        <translation>yr unig un</translation>
    </message>
    <message>
        <source>{count} of {total}</source>
        <translation>{count} o {total}</translation>
    </message>
    <message>
        <source>all {total}</source>
        <translation>pob un o'r {total}</translation>
    </message>
    <message>
        <source>Bonding ties (B)</source>
        <translation>Perthnasoedd clymu (B)</translation>
    </message>
    <message>
        <source>Bridging ties (Br)</source>
        <translation>Perthnasoedd pontio (Br)</translation>
    </message>
    <message>
        <source>Linking ties (L)</source>
        <translation>Perthnasoedd cysylltu (L)</translation>
    </message>
    <message>
        <source>All ties</source>
        <translation>Pob perthynas</translation>
    </message>
    <message>
        <source>Strong ties</source>
        <translation>Perthnasoedd cryf</translation>
    </message>
    <message>
        <source>Stressful ties</source>
        <translation>Perthnasoedd dan straen</translation>
    </message>
    <message>
        <source>People and places</source>
        <translation>Pobl a lleoedd</translation>
    </message>
    <message>
        <source>Areas of life reached</source>
        <translation>Meysydd bywyd a gyrhaeddwyd</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <source>The map in numbers</source>
        <translation>Y map mewn rhifau</translation>
    </message>
    <message>
        <source>Then and now</source>
        <translation>Bryd hynny a nawr</translation>
    </message>
    <message>
        <source>Main changes</source>
        <translation>Prif newidiadau</translation>
    </message>
    <message>
        <source>Main changes since v{number}</source>
        <translation>Prif newidiadau ers v{number}</translation>
    </message>
    <message>
        <source>The first version</source>
        <translation>Y fersiwn gyntaf</translation>
    </message>
    <message>
        <source>No changes: the map is the same as in the first version.</source>
        <translation>Dim newidiadau: mae'r map yr un fath ag yn y fersiwn gyntaf.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more on page 2.</source>
        <translation>
            <numerusform>… a %n arall ar dudalen 2.</numerusform>
            <numerusform>… a %n arall ar dudalen 2.</numerusform>
            <numerusform>… a %n arall ar dudalen 2.</numerusform>
            <numerusform>… a %n arall ar dudalen 2.</numerusform>
            <numerusform>… a %n arall ar dudalen 2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only one version (v{number}) is included, so there is no change to show.</source>
        <translation>Dim ond un fersiwn (v{number}) sydd wedi'i chynnwys, felly does dim newid i'w ddangos.</translation>
    </message>
</context>
<context>
    <name>PdfPlan</name>
    <message>
        <source>No plan was recorded: no actions were agreed in the versions this summary includes.</source>
        <translation>Ni chofnodwyd cynllun: ni chytunwyd ar gamau yn y fersiynau y mae'r crynodeb hwn yn eu cynnwys.</translation>
    </message>
    <message>
        <source>None at the moment: the client has ties of every kind and in every area of life the prompts look at, and more supportive ties than stressful ones.</source>
        <translation>Dim ar hyn o bryd: mae gan y cleient berthnasoedd o bob math ac ym mhob maes bywyd y mae'r awgrymiadau'n edrych arno, a mwy o berthnasoedd cefnogol nag o rai dan straen.</translation>
    </message>
    <message>
        <source>Plan and review</source>
        <translation>Cynllun ac adolygiad</translation>
    </message>
    <message>
        <source>Where the network is thin</source>
        <translation>Lle mae'r rhwydwaith yn denau</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Cam</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Ynghylch</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Perchennog</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>The plan at v{number}</source>
        <translation>Y cynllun ar v{number}</translation>
    </message>
    <message>
        <source>No actions are in the plan at v{number}.</source>
        <translation>Does dim camau yn y cynllun ar v{number}.</translation>
    </message>
    <message>
        <source>Outcome: {outcome}</source>
        <translation>Canlyniad: {outcome}</translation>
    </message>
    <message>
        <source>What became of the actions agreed earlier, by v{number}</source>
        <translation>Beth ddaeth o'r camau y cytunwyd arnyn nhw'n gynharach, erbyn v{number}</translation>
    </message>
    <message>
        <source>Agreed at v{number}</source>
        <translation>Cytunwyd ar v{number}</translation>
    </message>
    <message>
        <source>From the map at v{number}: places to talk over with the client, not judgements.</source>
        <translation>O'r map ar v{number}: pethau i'w trafod gyda'r cleient, nid barn.</translation>
    </message>
</context>
<context>
    <name>PdfSections</name>
    <message>
        <source>Earlier versions</source>
        <translation>Fersiynau cynharach</translation>
    </message>
    <message>
        <source>The earlier version</source>
        <translation>Y fersiwn gynharach</translation>
    </message>
    <message>
        <source>The map at each earlier version included, oldest first; the latest is on page 1.</source>
        <translation>Y map ar bob fersiwn gynharach a gynhwysir, yr hynaf yn gyntaf; mae'r ddiweddaraf ar dudalen 1.</translation>
    </message>
    <message numerus="yes">
        <source>%n people and places</source>
        <translation>
            <numerusform>%n o bobl a lleoedd</numerusform>
            <numerusform>%n person neu le</numerusform>
            <numerusform>%n o bobl a lleoedd</numerusform>
            <numerusform>%n o bobl a lleoedd</numerusform>
            <numerusform>%n o bobl a lleoedd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ties</source>
        <translation>
            <numerusform>%n perthynas</numerusform>
            <numerusform>%n perthynas</numerusform>
            <numerusform>%n perthynas</numerusform>
            <numerusform>%n perthynas</numerusform>
            <numerusform>%n perthynas</numerusform>
        </translation>
    </message>
    <message>
        <source>Relationships in {title}</source>
        <translation>Perthnasoedd yn {title}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Area of life</source>
        <translation>Maes bywyd</translation>
    </message>
    <message>
        <source>Capital</source>
        <translation>Cyfalaf</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Cryfder</translation>
    </message>
    <message>
        <source>Stressful</source>
        <translation>Dan straen</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Llif</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ydy</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nac ydy</translation>
    </message>
    <message>
        <source>The map has no ties yet.</source>
        <translation>Does dim perthnasoedd ar y map eto.</translation>
    </message>
    <message>
        <source>Notes are left out of this pseudonymised summary.</source>
        <translation>Mae nodiadau wedi'u gadael allan o'r crynodeb hwn, sydd wedi'i ffugenwi.</translation>
    </message>
    <message>
        <source>Case notes</source>
        <translation>Nodiadau'r achos</translation>
    </message>
    <message>
        <source>Notes saved with each version</source>
        <translation>Nodiadau a gadwyd gyda phob fersiwn</translation>
    </message>
    <message>
        <source>Notes on people and places (v{number})</source>
        <translation>Nodiadau ar bobl a lleoedd (v{number})</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Gweithiwr</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cleient</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Llofnod</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>We have looked at this map together and agree that it shows the client's network as it is now.</source>
        <translation>Rydym wedi edrych ar y map hwn gyda'n gilydd ac yn cytuno ei fod yn dangos rhwydwaith y cleient fel y mae nawr.</translation>
    </message>
    <message>
        <source>Agreed by</source>
        <translation>Cytunwyd gan</translation>
    </message>
</context>
<context>
    <name>PlaintextNote</name>
    <message>
        <source>This case is protected, but the PDF you write will not be: anyone who has the file can read it. Store it where your service keeps case documents.</source>
        <translation>Mae'r achos hwn wedi'i ddiogelu, ond ni fydd y PDF rydych chi'n ei ysgrifennu: gall unrhyw un sydd â'r ffeil ei darllen. Cadwch hi lle mae eich gwasanaeth yn cadw dogfennau achos.</translation>
    </message>
    <message>
        <source>This case is protected, but the picture you save will not be: anyone who has the file can see it. Store it where your service keeps case documents.</source>
        <translation>Mae'r achos hwn wedi'i ddiogelu, ond ni fydd y llun rydych chi'n ei gadw: gall unrhyw un sydd â'r ffeil ei weld. Cadwch ef lle mae eich gwasanaeth yn cadw dogfennau achos.</translation>
    </message>
    <message>
        <source>This case is protected, but the data file you write will not be: anyone who has the file can read it. Store it where your service keeps case documents.</source>
        <translation>Mae'r achos hwn wedi'i ddiogelu, ond ni fydd y ffeil ddata rydych chi'n ei hysgrifennu: gall unrhyw un sydd â'r ffeil ei darllen. Cadwch hi lle mae eich gwasanaeth yn cadw dogfennau achos.</translation>
    </message>
    <message>
        <source>This case is protected, but printed pages are not: anyone who picks them up can read them. Keep them where your service keeps case documents.</source>
        <translation>Mae'r achos hwn wedi'i ddiogelu, ond nid yw tudalennau wedi'u hargraffu: gall unrhyw un sy'n eu codi eu darllen. Cadwch nhw lle mae eich gwasanaeth yn cadw dogfennau achos.</translation>
    </message>
    <message>
        <source>Not protected</source>
        <translation>Heb ei ddiogelu</translation>
    </message>
</context>
<context>
    <name>PlanCommands</name>
    <message>
        <source>Add action: {action}</source>
        <translation>Ychwanegu cam: {action}</translation>
    </message>
    <message>
        <source>Remove action: {action}</source>
        <translation>Tynnu cam: {action}</translation>
    </message>
    <message>
        <source>Reword action: {action}</source>
        <translation>Aileirio cam: {action}</translation>
    </message>
    <message>
        <source>Change what an action is about: {action}</source>
        <translation>Newid am beth mae'r cam: {action}</translation>
    </message>
    <message>
        <source>Change who does {action}</source>
        <translation>Newid pwy sy'n gwneud: {action}</translation>
    </message>
    <message>
        <source>Change the due date of {action}</source>
        <translation>Newid y dyddiad targed: {action}</translation>
    </message>
    <message>
        <source>Change the outcome of {action}</source>
        <translation>Newid y canlyniad: {action}</translation>
    </message>
    <message>
        <source>Mark planned: {action}</source>
        <translation>Nodi fel wedi'i gynllunio: {action}</translation>
    </message>
    <message>
        <source>Mark under way: {action}</source>
        <translation>Nodi fel ar y gweill: {action}</translation>
    </message>
    <message>
        <source>Mark done: {action}</source>
        <translation>Nodi fel wedi'i wneud: {action}</translation>
    </message>
    <message>
        <source>Mark dropped: {action}</source>
        <translation>Nodi fel wedi'i ollwng: {action}</translation>
    </message>
    <message>
        <source>Change {action}</source>
        <translation>Newid: {action}</translation>
    </message>
</context>
<context>
    <name>PlanController</name>
    <message>
        <source>Select one person, place or tie first: the action is about it</source>
        <translation>Dewiswch un person, lle neu berthynas yn gyntaf: bydd y cam yn ymwneud â hwnnw</translation>
    </message>
    <message>
        <source>Version {number}: the plan as it stood then (read-only)</source>
        <translation>Fersiwn {number}: y cynllun fel yr oedd bryd hynny (darllen yn unig)</translation>
    </message>
    <message>
        <source>Read-only: this case is {reason}</source>
        <translation>Darllen yn unig: mae'r achos hwn {reason}</translation>
    </message>
    <message>
        <source>Added to the plan: change its words, who does it and by when in the table</source>
        <translation>Ychwanegwyd at y cynllun: newidiwch ei eiriau, pwy sy'n ei wneud ac erbyn pryd yn y tabl</translation>
    </message>
    <message>
        <source>Removed from the plan (Undo puts it back)</source>
        <translation>Tynnwyd o'r cynllun (mae Dadwneud yn ei roi yn ôl)</translation>
    </message>
    <message>
        <source>An action needs a few words saying what the step is: the words were kept</source>
        <translation>Mae angen ychydig eiriau i ddweud beth yw'r cam: cadwyd y geiriau</translation>
    </message>
</context>
<context>
    <name>PlanFlags</name>
    <message>
        <source>Open action: {action}</source>
        <translation>Cam agored: {action}</translation>
    </message>
    <message>
        <source>Open actions:</source>
        <translation>Camau agored:</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>erbyn {date}</translation>
    </message>
    <message>
        <source>about {tie}, not on the map yet</source>
        <translation>am {tie}, nad yw ar y map eto</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>Where the network is thin</source>
        <translation>Lle mae'r rhwydwaith yn denau</translation>
    </message>
    <message>
        <source>Nothing stands out: the map has close ties, new circles and people who open doors.</source>
        <translation>Does dim yn sefyll allan: mae gan y map berthnasoedd agos, cylchoedd newydd a phobl sy'n agor drysau.</translation>
    </message>
    <message>
        <source>No actions yet. Make a prompt above into one, or add your own (Insert in the table).</source>
        <translation>Dim camau eto. Trowch un o'r awgrymiadau uchod yn gam, neu ychwanegwch eich un eich hun (Insert yn y tabl).</translation>
    </message>
    <message>
        <source>No actions in this plan.</source>
        <translation>Dim camau yn y cynllun hwn.</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Camau</translation>
    </message>
    <message>
        <source>F2 or Enter edits a cell, Insert adds an action, Delete removes one</source>
        <translation>Mae F2 neu Enter yn golygu cell, mae Insert yn ychwanegu cam, mae Delete yn dileu un</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Cynllun</translation>
    </message>
    <message>
        <source>What this plan is</source>
        <translation>Beth yw'r cynllun hwn</translation>
    </message>
    <message>
        <source>A&amp;dd action</source>
        <translation>&amp;Ychwanegu cam</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>Ychwanegu cam</translation>
    </message>
    <message>
        <source>Add an action of your own (Insert in the table)</source>
        <translation>Ychwanegu eich cam eich hun (Insert yn y tabl)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Tynnu</translation>
    </message>
    <message>
        <source>Remove the selected action</source>
        <translation>Tynnu'r cam a ddewiswyd</translation>
    </message>
    <message>
        <source>Remove the selected action (Delete in the table); Undo puts it back</source>
        <translation>Tynnu'r cam a ddewiswyd (Delete yn y tabl); mae Dadwneud yn ei roi'n ôl</translation>
    </message>
    <message>
        <source>No actions yet</source>
        <translation>Dim camau eto</translation>
    </message>
    <message>
        <source>Outcome of the selected action</source>
        <translation>Canlyniad y cam a ddewiswyd</translation>
    </message>
    <message>
        <source>O&amp;utcome</source>
        <translation>&amp;Canlyniad</translation>
    </message>
    <message>
        <source>Make it an action</source>
        <translation>Ei wneud yn gam</translation>
    </message>
    <message>
        <source>Make it an action: {prompt}</source>
        <translation>Ei wneud yn gam: {prompt}</translation>
    </message>
    <message>
        <source>Add an action about this to the plan, in words you can then change</source>
        <translation>Ychwanegu cam am hyn at y cynllun, mewn geiriau y gallwch eu newid wedyn</translation>
    </message>
    <message>
        <source>Select an action to see or note what came of it</source>
        <translation>Dewiswch gam i weld neu nodi beth ddaeth ohono</translation>
    </message>
    <message>
        <source>What happened: did the step happen, and what came of it?</source>
        <translation>Beth ddigwyddodd: a ddigwyddodd y cam, a beth ddaeth ohono?</translation>
    </message>
    <message>
        <source>Nothing noted</source>
        <translation>Dim wedi'i nodi</translation>
    </message>
</context>
<context>
    <name>PlanSuggestions</name>
    <message>
        <source>Think together of one person to feel closer to, and one small way to be in touch</source>
        <translation>Meddwl gyda'ch gilydd am un person i deimlo'n agosach ato, ac un ffordd fach o gadw mewn cysylltiad</translation>
    </message>
    <message>
        <source>Try one group or place that opens new circles: a club, a café or a course</source>
        <translation>Rhoi cynnig ar un grŵp neu le sy'n agor cylchoedd newydd: clwb, caffi neu gwrs</translation>
    </message>
    <message>
        <source>Find one person who can open doors, such as a tutor, a housing officer or a GP</source>
        <translation>Dod o hyd i un person a all agor drysau, fel tiwtor, swyddog tai neu feddyg teulu</translation>
    </message>
    <message>
        <source>Think together of someone in the family to be back in touch with</source>
        <translation>Meddwl gyda'ch gilydd am rywun yn y teulu i ailgysylltu ag ef</translation>
    </message>
    <message>
        <source>Find one friend, old or new, to add to the map</source>
        <translation>Dod o hyd i un ffrind, hen neu newydd, i'w ychwanegu at y map</translation>
    </message>
    <message>
        <source>Find one group, club, faith or recovery community to try</source>
        <translation>Dod o hyd i un grŵp, clwb, cymuned ffydd neu gymuned adferiad i roi cynnig arni</translation>
    </message>
    <message>
        <source>Find one person from work or learning to add to the map</source>
        <translation>Dod o hyd i un person o'r gwaith neu o fyd dysgu i'w ychwanegu at y map</translation>
    </message>
    <message>
        <source>Find one person who can be a steady support</source>
        <translation>Dod o hyd i un person a all fod yn gefn cyson</translation>
    </message>
    <message>
        <source>Agree one small step that makes a stressful tie easier, or brings in support</source>
        <translation>Cytuno ar un cam bach sy'n gwneud perthynas dan straen yn haws, neu'n dod â chymorth i mewn</translation>
    </message>
    <message>
        <source>Find one person outside services to add to the map: a friend, a neighbour or a group</source>
        <translation>Dod o hyd i un person y tu allan i'r gwasanaethau i'w ychwanegu at y map: ffrind, cymydog neu grŵp</translation>
    </message>
    <message>
        <source>A new step</source>
        <translation>Cam newydd</translation>
    </message>
    <message>
        <source>Find one more person to lean on, as well as {name}</source>
        <translation>Dod o hyd i un person arall i bwyso arno, yn ogystal â {name}</translation>
    </message>
    <message>
        <source>Agree one small step to make the network stronger</source>
        <translation>Cytuno ar un cam bach i gryfhau'r rhwydwaith</translation>
    </message>
    <message>
        <source>A step about {about}</source>
        <translation>Cam ynghylch {about}</translation>
    </message>
</context>
<context>
    <name>PlanTable</name>
    <message>
        <source>Action</source>
        <translation>Cam</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Am</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Action text</source>
        <translation>Testun y cam</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Pwy sy'n ei wneud</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Dyddiad erbyn</translation>
    </message>
    <message>
        <source>{heading}: {words}</source>
        <translation>{heading}: {words}</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>neb eto</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>dim dyddiad</translation>
    </message>
    <message>
        <source>{date} (overdue)</source>
        <translation>{date} (yn hwyr)</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>the due date's format (Qt's date format)</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Dim dyddiad</translation>
    </message>
</context>
<context>
    <name>PlanWords</name>
    <message>
        <source>under way</source>
        <translation>ar y gweill</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Cynlluniwyd</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>Ar y gweill</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gwnaed</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Gollyngwyd</translation>
    </message>
    <message>
        <source>No longer in the plan</source>
        <translation>Dim yn y cynllun mwyach</translation>
    </message>
    <message>
        <source>family</source>
        <translation>teulu</translation>
    </message>
    <message>
        <source>friends</source>
        <translation>ffrindiau</translation>
    </message>
    <message>
        <source>the community</source>
        <translation>y gymuned</translation>
    </message>
    <message>
        <source>work or learning</source>
        <translation>gwaith neu ddysgu</translation>
    </message>
    <message>
        <source>services</source>
        <translation>gwasanaethau</translation>
    </message>
    <message>
        <source>justice</source>
        <translation>cyfiawnder</translation>
    </message>
    <message>
        <source>other</source>
        <translation>arall</translation>
    </message>
    <message>
        <source>bonding (close ties)</source>
        <translation>clymu (perthnasoedd agos)</translation>
    </message>
    <message>
        <source>bridging (new circles)</source>
        <translation>pontio (cylchoedd newydd)</translation>
    </message>
    <message>
        <source>linking (people who open doors)</source>
        <translation>cysylltu (pobl sy'n agor drysau)</translation>
    </message>
    <message>
        <source>someone no longer on the map</source>
        <translation>rhywun nad yw ar y map mwyach</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>dienw</translation>
    </message>
    <message>
        <source>the tie to {name}</source>
        <translation>y berthynas gyda {name}</translation>
    </message>
    <message>
        <source>the tie between {first} and {second}</source>
        <translation>y berthynas rhwng {first} a {second}</translation>
    </message>
    <message>
        <source>the network as a whole</source>
        <translation>y rhwydwaith cyfan</translation>
    </message>
    <message>
        <source>{subject} is now on the map, {now}</source>
        <translation>{subject}: ar y map bellach, {now}</translation>
    </message>
    <message>
        <source>{subject} is stronger ({then} to {now})</source>
        <translation>{subject}: yn gryfach ({then} → {now})</translation>
    </message>
    <message>
        <source>{subject} is weaker ({then} to {now})</source>
        <translation>{subject}: yn wannach ({then} → {now})</translation>
    </message>
    <message>
        <source>{subject} is as it was, {now}</source>
        <translation>{subject}: fel yr oedd, {now}</translation>
    </message>
    <message>
        <source>{subject} has ended</source>
        <translation>{subject}: wedi dod i ben</translation>
    </message>
    <message>
        <source>{subject} is on the map, with no tie to {client} yet</source>
        <translation>{subject}: ar y map, heb berthynas gyda {client} eto</translation>
    </message>
    <message>
        <source>{subject} is on the map, with no tie to the client yet</source>
        <translation>{subject}: ar y map, heb berthynas gyda'r cleient eto</translation>
    </message>
    <message>
        <source>{subject} is not on the map yet</source>
        <translation>{subject}: dim ar y map eto</translation>
    </message>
    <message>
        <source>{text}: due today</source>
        <translation>{text}: erbyn heddiw</translation>
    </message>
    <message>
        <source>{text}: due {date}, overdue</source>
        <translation>{text}: erbyn {date}, yn hwyr</translation>
    </message>
    <message>
        <source>{text}: due {date}</source>
        <translation>{text}: erbyn {date}</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Printing the map</source>
        <translation>Argraffu'r map</translation>
    </message>
    <message>
        <source>Printing the PDF summary</source>
        <translation>Argraffu'r crynodeb PDF</translation>
    </message>
    <message>
        <source>Ecomap map</source>
        <translation>Map Ecomap</translation>
    </message>
    <message>
        <source>The map was not printed.</source>
        <translation>Ni chafodd y map ei argraffu.</translation>
    </message>
    <message>
        <source>Printed the map to {file}</source>
        <translation>Argraffwyd y map i {file}</translation>
    </message>
    <message>
        <source>Printed the map on {printer}</source>
        <translation>Argraffwyd y map ar {printer}</translation>
    </message>
    <message>
        <source>Printed the map</source>
        <translation>Argraffwyd y map</translation>
    </message>
    <message>
        <source>Print preview: the map</source>
        <translation>Rhagolwg argraffu: y map</translation>
    </message>
    <message>
        <source>{task} is still going on</source>
        <translation>{task}: yn dal ar waith</translation>
    </message>
    <message>
        <source>There is no saved version to print a summary of yet.</source>
        <translation>Nid oes fersiwn wedi'i chadw i argraffu crynodeb ohoni eto.</translation>
    </message>
    <message>
        <source>Save the map as a version first (File &gt; Save version…); the summary shows saved versions.</source>
        <translation>Cadwch y map fel fersiwn yn gyntaf (Ffeil &gt; Cadw fersiwn…); mae'r crynodeb yn dangos fersiynau a gadwyd.</translation>
    </message>
    <message>
        <source>Print preview: the PDF summary</source>
        <translation>Rhagolwg argraffu: y crynodeb PDF</translation>
    </message>
    <message>
        <source>Printing the PDF summary…</source>
        <translation>Wrthi'n argraffu'r crynodeb PDF…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Diddymu</translation>
    </message>
    <message>
        <source>Print PDF summary</source>
        <translation>Argraffu crynodeb PDF</translation>
    </message>
    <message>
        <source>The PDF summary was not printed.</source>
        <translation>Ni chafodd y crynodeb PDF ei argraffu.</translation>
    </message>
    <message>
        <source>Printing cancelled; the pages already sent may still print</source>
        <translation>Diddymwyd yr argraffu; efallai y bydd y tudalennau a anfonwyd eisoes yn dal i argraffu</translation>
    </message>
    <message numerus="yes">
        <source>Printed the PDF summary to {file} (%n page(s))</source>
        <translation>
            <numerusform>Argraffwyd y crynodeb PDF i {file} (%n tudalen)</numerusform>
            <numerusform>Argraffwyd y crynodeb PDF i {file} (%n tudalen)</numerusform>
            <numerusform>Argraffwyd y crynodeb PDF i {file} (%n tudalen)</numerusform>
            <numerusform>Argraffwyd y crynodeb PDF i {file} (%n tudalen)</numerusform>
            <numerusform>Argraffwyd y crynodeb PDF i {file} (%n tudalen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printed the PDF summary on {printer} (%n page(s))</source>
        <translation>
            <numerusform>Argraffwyd y crynodeb PDF ar {printer} (%n tudalen)</numerusform>
            <numerusform>Argraffwyd y crynodeb PDF ar {printer} (%n tudalen)</numerusform>
            <numerusform>Argraffwyd y crynodeb PDF ar {printer} (%n tudalen)</numerusform>
            <numerusform>Argraffwyd y crynodeb PDF ar {printer} (%n tudalen)</numerusform>
            <numerusform>Argraffwyd y crynodeb PDF ar {printer} (%n tudalen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printed the PDF summary (%n page(s))</source>
        <translation>
            <numerusform>Argraffwyd y crynodeb PDF (%n tudalen)</numerusform>
            <numerusform>Argraffwyd y crynodeb PDF (%n tudalen)</numerusform>
            <numerusform>Argraffwyd y crynodeb PDF (%n tudalen)</numerusform>
            <numerusform>Argraffwyd y crynodeb PDF (%n tudalen)</numerusform>
            <numerusform>Argraffwyd y crynodeb PDF (%n tudalen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the map</source>
        <translation>Argraffu'r map</translation>
    </message>
    <message>
        <source>Print the PDF summary</source>
        <translation>Argraffu'r crynodeb PDF</translation>
    </message>
    <message>
        <source>The PDF file "{file}" could not be started: is its folder there, and may you write in it?</source>
        <translation>Nid oedd modd dechrau'r ffeil PDF "{file}": a yw ei ffolder yno, ac a gewch chi ysgrifennu ynddo?</translation>
    </message>
    <message>
        <source>The PDF file "{file}" stopped before page {page}: is its folder there, and may you write in it?</source>
        <translation>Stopiodd y ffeil PDF "{file}" cyn tudalen {page}: a yw ei ffolder yno, ac a gewch chi ysgrifennu ynddo?</translation>
    </message>
    <message>
        <source>The printer '{printer}' could not be started.</source>
        <translation>Nid oedd modd cychwyn yr argraffydd '{printer}'.</translation>
    </message>
    <message>
        <source>The printer '{printer}' stopped before page {page}.</source>
        <translation>Stopiodd yr argraffydd '{printer}' cyn tudalen {page}.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Nid oedd modd cychwyn yr argraffydd.</translation>
    </message>
    <message>
        <source>The printer stopped before page {page}.</source>
        <translation>Stopiodd yr argraffydd cyn tudalen {page}.</translation>
    </message>
    <message>
        <source>Case {reference}</source>
        <translation>Achos {reference}</translation>
    </message>
    <message>
        <source>Working draft (not saved as a version)</source>
        <translation>Drafft gwaith (heb ei gadw fel fersiwn)</translation>
    </message>
    <message>
        <source>Worker: {worker}</source>
        <translation>Gweithiwr: {worker}</translation>
    </message>
    <message>
        <source>Printed {date}</source>
        <translation>Argraffwyd {date}</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Argraffu…</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Rhagolwg…</translation>
    </message>
    <message>
        <source>Making the PDF summary…</source>
        <translation>Wrthi'n gwneud y crynodeb PDF…</translation>
    </message>
    <message>
        <source>Printing cancelled; nothing was printed</source>
        <translation>Diddymwyd yr argraffu; ni argraffwyd dim</translation>
    </message>
    <message>
        <source>The summary prints, but not everything as typed.</source>
        <translation>Mae'r crynodeb yn argraffu, ond nid popeth fel y'i teipiwyd.</translation>
    </message>
    <message>
        <source>Ecomap summary</source>
        <translation>Crynodeb Ecomap</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>There is no close tie yet to family, friends or people like them to lean on.</source>
        <translation>Does dim perthynas agos eto â theulu, ffrindiau neu bobl debyg i bwyso arnyn nhw.</translation>
    </message>
    <message>
        <source>There is no tie yet to a group or place that opens new circles: a club, a café or a course.</source>
        <translation>Does dim perthynas eto â grŵp neu le sy'n agor cylchoedd newydd: clwb, caffi neu gwrs.</translation>
    </message>
    <message>
        <source>There is no tie yet to someone who can open doors: a tutor, a housing officer or a GP.</source>
        <translation>Does dim perthynas eto â rhywun sy'n gallu agor drysau: tiwtor, swyddog tai neu feddyg teulu.</translation>
    </message>
    <message>
        <source>There is nobody on the map from family yet.</source>
        <translation>Does neb o'r teulu ar y map eto.</translation>
    </message>
    <message>
        <source>There are no friends on the map yet.</source>
        <translation>Does dim ffrindiau ar y map eto.</translation>
    </message>
    <message>
        <source>There is nobody on the map from the community yet: a group, a club, faith or recovery.</source>
        <translation>Does neb o'r gymuned ar y map eto: grŵp, clwb, ffydd neu adferiad.</translation>
    </message>
    <message>
        <source>There is nobody on the map from work or learning yet.</source>
        <translation>Does neb o fyd gwaith neu ddysgu ar y map eto.</translation>
    </message>
    <message>
        <source>There is one supportive tie so far; one more would share the load.</source>
        <translation>Mae un berthynas gefnogol hyd yma; byddai un arall yn rhannu'r baich.</translation>
    </message>
    <message>
        <source>There is no supportive tie on the map yet: one that is strong or moderate and not stressful.</source>
        <translation>Does dim perthynas gefnogol ar y map eto: un sy'n gryf neu'n gymedrol a heb fod dan straen.</translation>
    </message>
    <message>
        <source>At the moment more of the ties are stressful than supportive.</source>
        <translation>Ar hyn o bryd mae mwy o'r perthnasoedd dan straen nag sy'n gefnogol.</translation>
    </message>
    <message>
        <source>So far every tie on the map is to a professional or a service.</source>
        <translation>Hyd yma mae pob perthynas ar y map gyda gweithiwr proffesiynol neu wasanaeth.</translation>
    </message>
</context>
<context>
    <name>Protection</name>
    <message>
        <source>The file was left as it was.</source>
        <translation>Cafodd y ffeil ei gadael fel yr oedd.</translation>
    </message>
    <message>
        <source>{file} is protected now: it opens only with its passphrase</source>
        <translation>Mae {file} wedi'i ddiogelu nawr: dim ond gyda'i gyfrinymadrodd y mae'n agor</translation>
    </message>
    <message>
        <source>The case was not protected.</source>
        <translation>Ni chafodd yr achos ei ddiogelu.</translation>
    </message>
    <message>
        <source>Changed the passphrase of {file}: the old one no longer opens it</source>
        <translation>Newidiwyd cyfrinymadrodd {file}: nid yw'r hen un yn ei agor mwyach</translation>
    </message>
    <message>
        <source>The passphrase was not changed.</source>
        <translation>Ni chafodd y cyfrinymadrodd ei newid.</translation>
    </message>
    <message>
        <source>Removed the protection of {file}: anyone who has the file can read it now</source>
        <translation>Tynnwyd y diogelwch oddi ar {file}: gall unrhyw un sydd â'r ffeil ei darllen nawr</translation>
    </message>
    <message>
        <source>The protection was not removed.</source>
        <translation>Ni chafodd y diogelwch ei dynnu.</translation>
    </message>
    <message>
        <source>The protection cannot be changed now: this case is {reason}</source>
        <translation>Ni ellir newid y diogelwch nawr: mae'r achos hwn {reason}</translation>
    </message>
    <message>
        <source>The protection cannot be changed now: the working draft is not shown</source>
        <translation>Ni ellir newid y diogelwch nawr: nid yw'r drafft gwaith yn cael ei ddangos</translation>
    </message>
    <message>
        <source>This case is not protected</source>
        <translation>Nid yw'r achos hwn wedi'i ddiogelu</translation>
    </message>
    <message>
        <source>This case is protected already</source>
        <translation>Mae'r achos hwn wedi'i ddiogelu eisoes</translation>
    </message>
    <message>
        <source>This new case</source>
        <translation>Yr achos newydd hwn</translation>
    </message>
</context>
<context>
    <name>PseudonymiseChoices</name>
    <message>
        <source>Write the real case reference; otherwise a pseudonym made from it ("Case" and eight letters or digits)</source>
        <translation>Ysgrifennu cyfeirnod go iawn yr achos; fel arall ffugenw a wnaed ohono ("Case" ac wyth llythyren neu ddigid)</translation>
    </message>
    <message>
        <source>Print the real case reference; otherwise a pseudonym made from it ("Case" and eight letters or digits)</source>
        <translation>Argraffu cyfeirnod go iawn yr achos; fel arall ffugenw a wnaed ohono ("Case" ac wyth llythyren neu ddigid)</translation>
    </message>
    <message>
        <source>Pseudonymise: initials or roles instead of names, no notes</source>
        <translation>Ffugenwi: blaenlythrennau neu rolau yn lle enwau, dim nodiadau</translation>
    </message>
    <message>
        <source>Keep the notes even so</source>
        <translation>Cadw'r nodiadau er hynny</translation>
    </message>
    <message>
        <source>Keep the case reference</source>
        <translation>Cadw cyfeirnod yr achos</translation>
    </message>
    <message>
        <source>{verb} the real case reference; otherwise a pseudonym made from it ("Case" and eight letters or digits)</source>
        <translation>{verb}: cyfeirnod go iawn yr achos; fel arall ffugenw a wnaed ohono ("Case" ac wyth llythyren neu ddigid)</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Torri</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Dewis y cyfan</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Dangos manylion...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Cuddio manylion...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Diddymu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Gwaredu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Gweithredu</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Cymorth</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ie</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Na</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Ailosod</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Adfer y rhagosodiadau</translation>
    </message>
</context>
<context>
    <name>RecentCases</name>
    <message>
        <source>C&amp;lear recent files</source>
        <translation>C&amp;lirio'r ffeiliau diweddar</translation>
    </message>
    <message>
        <source>No recent cases</source>
        <translation>Dim achosion diweddar</translation>
    </message>
    <message>
        <source>&amp;Forget one</source>
        <translation>&amp;Anghofio un</translation>
    </message>
</context>
<context>
    <name>ReturningPeople</name>
    <message>
        <source>{name} was on the map in version {number} ({label}). Is this the same person?</source>
        <translation>Roedd {name} ar y map yn fersiwn {number} ({label}). Ai'r un person yw hwn?</translation>
    </message>
    <message>
        <source>{name} was on the map in version {number}. Is this the same person?</source>
        <translation>Roedd {name} ar y map yn fersiwn {number}. Ai'r un person yw hwn?</translation>
    </message>
    <message>
        <source>If so, comparing versions shows their tie as one that came back, not as someone new.</source>
        <translation>Os felly, bydd cymharu fersiynau'n dangos eu perthynas fel un a ddaeth yn ôl, nid fel rhywun newydd.</translation>
    </message>
    <message>
        <source>Same person</source>
        <translation>Yr un person</translation>
    </message>
    <message>
        <source>Someone new</source>
        <translation>Rhywun newydd</translation>
    </message>
</context>
<context>
    <name>Screenshot</name>
    <message>
        <source>the editor window could not be drawn</source>
        <translation>nid oedd modd lluniadu ffenestr y golygydd</translation>
    </message>
</context>
<context>
    <name>SelectionWords</name>
    <message>
        <source>others</source>
        <translation>eraill</translation>
    </message>
    <message>
        <source>{kind} in {domain}</source>
        <translation>{kind} yn {domain}</translation>
    </message>
    <message>
        <source>Selected: {name}, {what}, {ties}</source>
        <translation>Wedi'i ddewis: {name}, {what}, {ties}</translation>
    </message>
    <message>
        <source>Selected: tie between {first} and {second}, {capital}, {strength}, stressful</source>
        <translation>Wedi'i dewis: perthynas rhwng {first} a {second}, {capital}, {strength}, dan straen</translation>
    </message>
    <message>
        <source>Selected: tie between {first} and {second}, {capital}, {strength}</source>
        <translation>Wedi'i dewis: perthynas rhwng {first} a {second}, {capital}, {strength}</translation>
    </message>
    <message>
        <source>Selected: {places} and {ties}</source>
        <translation>Wedi'u dewis: {places} a {ties}</translation>
    </message>
    <message numerus="yes">
        <source>%n people or places</source>
        <translation>
            <numerusform>%n o bobl neu leoedd</numerusform>
            <numerusform>%n person neu le</numerusform>
            <numerusform>%n o bobl neu leoedd</numerusform>
            <numerusform>%n o bobl neu leoedd</numerusform>
            <numerusform>%n o bobl neu leoedd</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing selected. Double-click to add a person; press Tab to move between people.</source>
        <translation>Dim wedi'i ddewis. Cliciwch ddwywaith i ychwanegu person; pwyswch Tab i symud rhwng pobl.</translation>
    </message>
    <message>
        <source>no ties</source>
        <translation>dim perthnasoedd</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n o bobl</numerusform>
            <numerusform>%n person</numerusform>
            <numerusform>%n o bobl</numerusform>
            <numerusform>%n o bobl</numerusform>
            <numerusform>%n o bobl</numerusform>
        </translation>
    </message>
    <message>
        <source>{people} and {ties}</source>
        <translation>{people} a {ties}</translation>
    </message>
    <message>
        <source>{what} selected.
Select one person or one tie to see and change the details.</source>
        <translation>{what} wedi'u dewis.
Dewiswch un person neu un berthynas i weld a newid y manylion.</translation>
    </message>
    <message numerus="yes">
        <source>%n ties</source>
        <translation>
            <numerusform>%n perthynas</numerusform>
            <numerusform>%n perthynas</numerusform>
            <numerusform>%n perthynas</numerusform>
            <numerusform>%n perthynas</numerusform>
            <numerusform>%n perthynas</numerusform>
        </translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>dienw</translation>
    </message>
</context>
<context>
    <name>SessionBar</name>
    <message>
        <source>Session</source>
        <translation>Sesiwn</translation>
    </message>
    <message>
        <source>More session tools</source>
        <translation>Rhagor o offer y sesiwn</translation>
    </message>
</context>
<context>
    <name>SessionTieBar</name>
    <message>
        <source>Select a tie to change it</source>
        <translation>Dewiswch berthynas i'w newid</translation>
    </message>
    <message>
        <source>This map cannot be changed now</source>
        <translation>Ni ellir newid y map hwn nawr</translation>
    </message>
    <message>
        <source>Select one tie to choose a direction</source>
        <translation>Dewiswch un berthynas i ddewis cyfeiriad</translation>
    </message>
    <message>
        <source>Stressful (hatched line)</source>
        <translation>Dan straen (llinell groes)</translation>
    </message>
    <message>
        <source>No flow</source>
        <translation>Dim llif</translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation>Y ddwy ffordd</translation>
    </message>
    <message>
        <source>One way</source>
        <translation>Un ffordd</translation>
    </message>
    <message>
        <source>Other way</source>
        <translation>Y ffordd arall</translation>
    </message>
    <message>
        <source>{words}: chosen</source>
        <translation>{words}: wedi'i ddewis</translation>
    </message>
    <message>
        <source>Selected tie</source>
        <translation>Y berthynas a ddewiswyd</translation>
    </message>
    <message>
        <source>Social capital</source>
        <translation>Cyfalaf cymdeithasol</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Cryfder</translation>
    </message>
    <message>
        <source>Flow of energy</source>
        <translation>Llif egni</translation>
    </message>
    <message>
        <source>Tie: {source} – {target}</source>
        <translation>Perthynas: {source} – {target}</translation>
    </message>
    <message numerus="yes">
        <source>%n ties selected: a tap changes all of them</source>
        <translation>
            <numerusform>%n perthynas wedi'u dewis: mae tap yn newid pob un</numerusform>
            <numerusform>%n perthynas wedi'u dewis: mae tap yn newid pob un</numerusform>
            <numerusform>%n perthynas wedi'u dewis: mae tap yn newid pob un</numerusform>
            <numerusform>%n perthynas wedi'u dewis: mae tap yn newid pob un</numerusform>
            <numerusform>%n perthynas wedi'u dewis: mae tap yn newid pob un</numerusform>
        </translation>
    </message>
    <message>
        <source>one end</source>
        <translation>un pen</translation>
    </message>
    <message>
        <source>the other</source>
        <translation>y llall</translation>
    </message>
    <message>
        <source>Stressful: some of them</source>
        <translation>Dan straen: rhai ohonynt</translation>
    </message>
    <message>
        <source>A stressful tie is drawn hatched: tap to switch it on or off</source>
        <translation>Mae perthynas dan straen yn cael ei thynnu â llinellau croes: tapiwch i'w throi ymlaen neu i ffwrdd</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>dienw</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Legibility</source>
        <translation>Darllenadwyedd</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Cyfrifon</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Chwyddo</translation>
    </message>
    <message>
        <source>{nodes}, {ties}: B {bonding}, Br {bridging}, L {linking}</source>
        <translation>{nodes}, {ties}: B {bonding}, Br {bridging}, L {linking}</translation>
    </message>
    <message numerus="yes">
        <source>%n people and places</source>
        <translation>
            <numerusform>%n o bobl a lleoedd</numerusform>
            <numerusform>%n person neu le</numerusform>
            <numerusform>%n o bobl a lleoedd</numerusform>
            <numerusform>%n o bobl a lleoedd</numerusform>
            <numerusform>%n o bobl a lleoedd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ties</source>
        <translation>
            <numerusform>%n perthynas</numerusform>
            <numerusform>%n perthynas</numerusform>
            <numerusform>%n perthynas</numerusform>
            <numerusform>%n perthynas</numerusform>
            <numerusform>%n perthynas</numerusform>
        </translation>
    </message>
    <message>
        <source>Bonding {bonding}, bridging {bridging}, linking {linking}</source>
        <translation>Clymu {bonding}, pontio {bridging}, cysylltu {linking}</translation>
    </message>
    <message>
        <source>{problems} – Auto-arrange</source>
        <translation>{problems} – Trefnu'n awtomatig</translation>
    </message>
    <message>
        <source>Auto-arrange (Ctrl+Shift+A) places everyone so that nothing overlaps</source>
        <translation>Mae Trefnu'n awtomatig (Ctrl+Shift+A) yn gosod pawb fel nad oes dim yn gorgyffwrdd</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>team store</source>
        <translation>storfa'r tîm</translation>
    </message>
    <message>
        <source>the local server</source>
        <translation>y gweinydd lleol</translation>
    </message>
    <message>
        <source>team store on {host}</source>
        <translation>storfa'r tîm ar {host}</translation>
    </message>
    <message>
        <source>team store {database} on {host}</source>
        <translation>storfa'r tîm {database} ar {host}</translation>
    </message>
</context>
<context>
    <name>StoreDialog</name>
    <message>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cleient</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Gweithiwr</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Fersiynau</translation>
    </message>
    <message>
        <source>Latest version</source>
        <translation>Fersiwn ddiweddaraf</translation>
    </message>
    <message>
        <source>Team store password – {app}</source>
        <translation>Cyfrinair storfa'r tîm – {app}</translation>
    </message>
    <message>
        <source>The {store} asks for your password. It is used for this connection only and never kept.</source>
        <translation>Mae {store} yn gofyn am eich cyfrinair. Fe'i defnyddir ar gyfer y cysylltiad hwn yn unig ac ni chaiff ei gadw byth.</translation>
    </message>
    <message>
        <source>That password was refused. This is the last try.</source>
        <translation>Gwrthodwyd y cyfrinair hwnnw. Dyma'r cynnig olaf.</translation>
    </message>
    <message numerus="yes">
        <source>That password was refused. %n tries are left.</source>
        <translation>
            <numerusform>Gwrthodwyd y cyfrinair hwnnw. Mae %n cynnig ar ôl.</numerusform>
            <numerusform>Gwrthodwyd y cyfrinair hwnnw. Mae %n cynnig ar ôl.</numerusform>
            <numerusform>Gwrthodwyd y cyfrinair hwnnw. Mae %n cynnig ar ôl.</numerusform>
            <numerusform>Gwrthodwyd y cyfrinair hwnnw. Mae %n cynnig ar ôl.</numerusform>
            <numerusform>Gwrthodwyd y cyfrinair hwnnw. Mae %n cynnig ar ôl.</numerusform>
        </translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Cyfrinair</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Cyfrinair:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Cysylltu</translation>
    </message>
    <message>
        <source>Open from team store – {app}</source>
        <translation>Agor o storfa'r tîm – {app}</translation>
    </message>
    <message>
        <source>The team store's connection string, from your service (for example host=db.example.org dbname=ecomap user=your.login). A password comes from your PGPASSFILE, or Ecomap asks for it; it is never kept.</source>
        <translation>Llinyn cysylltu storfa'r tîm, gan eich gwasanaeth (er enghraifft host=db.example.org dbname=ecomap user=your.login). Daw cyfrinair o'ch PGPASSFILE, neu mae Ecomap yn gofyn amdano; ni chaiff ei gadw byth.</translation>
    </message>
    <message>
        <source>Team store connection string</source>
        <translation>Llinyn cysylltu storfa'r tîm</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Cysylltu</translation>
    </message>
    <message>
        <source>&amp;Team store:</source>
        <translation>S&amp;torfa'r tîm:</translation>
    </message>
    <message>
        <source>Connect to see the cases you may open.</source>
        <translation>Cysylltwch i weld yr achosion y cewch eu hagor.</translation>
    </message>
    <message>
        <source>Cases in the team store</source>
        <translation>Achosion yn storfa'r tîm</translation>
    </message>
    <message>
        <source>Type the team store's connection string (or set {variable}).</source>
        <translation>Teipiwch linyn cysylltu storfa'r tîm (neu gosodwch {variable}).</translation>
    </message>
    <message>
        <source>Not connected: no password was given.</source>
        <translation>Heb gysylltu: ni roddwyd cyfrinair.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>dim eto</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) you may open in the {store}:</source>
        <translation>
            <numerusform>%n achos y cewch eu hagor yn {store}:</numerusform>
            <numerusform>%n achos y cewch ei agor yn {store}:</numerusform>
            <numerusform>%n achos y cewch eu hagor yn {store}:</numerusform>
            <numerusform>%n achos y cewch eu hagor yn {store}:</numerusform>
            <numerusform>%n achos y cewch eu hagor yn {store}:</numerusform>
        </translation>
    </message>
    <message>
        <source>The {store} has no case you may open (an admin assigns cases to you).</source>
        <translation>Nid oes gan {store} unrhyw achos y cewch ei agor (mae gweinyddwr yn neilltuo achosion i chi).</translation>
    </message>
</context>
<context>
    <name>StoreEditing</name>
    <message>
        <source>{case} is kept in the team store, not in a file: Ecomap cannot save a copy of it here.</source>
        <translation>Caiff {case} ei gadw yn storfa'r tîm, nid mewn ffeil: ni all Ecomap gadw copi ohono yma.</translation>
    </message>
    <message>
        <source>{case} is kept in the team store, not in a file: Ecomap cannot protect it with a passphrase here.</source>
        <translation>Caiff {case} ei gadw yn storfa'r tîm, nid mewn ffeil: ni all Ecomap ei ddiogelu â chyfrinymadrodd yma.</translation>
    </message>
    <message>
        <source>The case could not be opened from the team store.</source>
        <translation>Nid oedd modd agor yr achos o storfa'r tîm.</translation>
    </message>
    <message>
        <source>Opened {case} from the {store}, read-only: it is {reason}</source>
        <translation>Agorwyd {case} o {store}, darllen yn unig: mae'r achos {reason}</translation>
    </message>
    <message>
        <source>Opened {case} from the {store}</source>
        <translation>Agorwyd {case} o {store}</translation>
    </message>
    <message>
        <source>Reloaded the map {who} saved; your changes were dropped</source>
        <translation>Ail-lwythwyd y map a gadwodd {who}; collwyd eich newidiadau</translation>
    </message>
    <message>
        <source>{case} is kept in the team store, not in a file: Ecomap cannot {what} here.</source>
        <translation>Caiff {case} ei gadw yn storfa'r tîm, nid mewn ffeil: ni all Ecomap wneud hyn yma ({what}).</translation>
    </message>
    <message>
        <source>The server keeps it and decides who may read it. To have it as a case file, write it to one with '{command}' (recorded in the store's audit log), then open that file.</source>
        <translation>Mae'r gweinydd yn ei gadw ac yn penderfynu pwy gaiff ei ddarllen. I'w gael fel ffeil achos, ysgrifennwch ef i un gyda '{command}' (caiff hyn ei gofnodi yng nghofnod archwilio'r storfa), yna agorwch y ffeil honno.</translation>
    </message>
    <message>
        <source>The autosaved changes could not be removed: {error}</source>
        <translation>Nid oedd modd dileu'r newidiadau a gadwyd yn awtomatig: {error}</translation>
    </message>
    <message>
        <source>{who} saved the map of this case at {time}, since you opened it.</source>
        <translation>Cadwodd {who} fap yr achos hwn am {time}, ers i chi ei agor.</translation>
    </message>
    <message>
        <source>Your map was not saved over theirs. Reload theirs shows their map in place of yours (your changes are dropped); Save mine as a new version keeps your map as the next version, after any of theirs, and as the shared draft.</source>
        <translation>Ni chadwyd eich map dros eu map nhw. Mae Ail-lwytho eu map nhw yn dangos eu map yn lle eich un chi (collir eich newidiadau); mae Cadw fy un i fel fersiwn newydd yn cadw eich map fel y fersiwn nesaf, ar ôl unrhyw rai o'u fersiynau nhw, ac fel y drafft a rennir.</translation>
    </message>
    <message>
        <source>Reload theirs</source>
        <translation>Ail-lwytho eu map nhw</translation>
    </message>
    <message>
        <source>Save mine as a new version</source>
        <translation>Cadw fy un i fel fersiwn newydd</translation>
    </message>
</context>
<context>
    <name>StoreLink</name>
    <message>
        <source>{case}: the team store cannot be reached, so your map is kept on this computer ({folder}); Ecomap saves it to the store when the server answers again</source>
        <translation>{case}: nid oes modd cyrraedd storfa'r tîm, felly caiff eich map ei gadw ar y cyfrifiadur hwn ({folder}); bydd Ecomap yn ei gadw i'r storfa pan fydd y gweinydd yn ateb eto</translation>
    </message>
    <message>
        <source>The team store answers again: saved to {case}, and the copy kept on this computer is removed</source>
        <translation>Mae storfa'r tîm yn ateb eto: cadwyd i {case}, a dilëwyd y copi a gadwyd ar y cyfrifiadur hwn</translation>
    </message>
    <message>
        <source>the team store</source>
        <translation>storfa'r tîm</translation>
    </message>
</context>
<context>
    <name>UnsavedCases</name>
    <message>
        <source>holds no unsaved work</source>
        <translation>nid yw'n cynnwys unrhyw waith heb ei gadw</translation>
    </message>
</context>
<context>
    <name>VersionBanner</name>
    <message>
        <source>Version {number} of {count}: {label}, {date}. Read-only: you are looking at a saved version.</source>
        <translation>Fersiwn {number} o {count}: {label}, {date}. Darllen yn unig: rydych yn edrych ar fersiwn wedi'i chadw.</translation>
    </message>
    <message>
        <source>no label</source>
        <translation>dim label</translation>
    </message>
    <message>
        <source>Saved version shown</source>
        <translation>Fersiwn wedi'i chadw yn cael ei dangos</translation>
    </message>
    <message>
        <source>Which version is shown</source>
        <translation>Pa fersiwn sy'n cael ei dangos</translation>
    </message>
    <message>
        <source>New draft from this version</source>
        <translation>Drafft newydd o'r fersiwn hon</translation>
    </message>
    <message>
        <source>Back to the working draft</source>
        <translation>Yn ôl i'r drafft gwaith</translation>
    </message>
</context>
<context>
    <name>VersionChecklist</name>
    <message>
        <source>no label</source>
        <translation>dim label</translation>
    </message>
    <message>
        <source>Versions to include</source>
        <translation>Fersiynau i'w cynnwys</translation>
    </message>
</context>
<context>
    <name>VersionList</name>
    <message>
        <source>The map you are editing</source>
        <translation>Y map rydych chi'n ei olygu</translation>
    </message>
    <message>
        <source>Save it as a version to keep it, dated</source>
        <translation>Cadwch ef fel fersiwn i'w gadw, gyda dyddiad</translation>
    </message>
    <message>
        <source>No note</source>
        <translation>Dim nodyn</translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation>Fersiwn {number}</translation>
    </message>
    <message numerus="yes">
        <source>%n stressful</source>
        <translation>
            <numerusform>%n dan straen</numerusform>
            <numerusform>%n dan straen</numerusform>
            <numerusform>%n dan straen</numerusform>
            <numerusform>%n dan straen</numerusform>
            <numerusform>%n dan straen</numerusform>
        </translation>
    </message>
    <message>
        <source>{draft}: the map you are editing.</source>
        <translation>{draft}: y map rydych chi'n ei olygu.</translation>
    </message>
    <message>
        <source>Not saved as a version. Choose it to edit the map.</source>
        <translation>Heb ei gadw fel fersiwn. Dewiswch ef i olygu'r map.</translation>
    </message>
    <message>
        <source>Ties: {counts}; {stressful}.</source>
        <translation>Perthnasoedd: {counts}; {stressful}.</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Nodyn: {note}</translation>
    </message>
    <message>
        <source>No note.</source>
        <translation>Dim nodyn.</translation>
    </message>
    <message>
        <source>Saved version {number} of {count}. Choose it to show it on the map, read-only.</source>
        <translation>Fersiwn {number} o {count} wedi'i chadw. Dewiswch hi i'w dangos ar y map (darllen yn unig).</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Fersiynau</translation>
    </message>
    <message>
        <source>Newest first, under the working draft. Choose a row to look at that version.</source>
        <translation>Y diweddaraf yn gyntaf, o dan y drafft gwaith. Dewiswch res i weld y fersiwn honno.</translation>
    </message>
</context>
<context>
    <name>ViewState</name>
    <message>
        <source>New case</source>
        <translation>Achos newydd</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>heb ei gadw eto</translation>
    </message>
    <message>
        <source>session mode shows only the map and its legend</source>
        <translation>mae'r modd sesiwn yn dangos y map a'i allwedd yn unig</translation>
    </message>
    <message>
        <source>the comparison has its own key and is not edited</source>
        <translation>mae gan y gymhariaeth ei hallwedd ei hun ac nid yw'n cael ei golygu</translation>
    </message>
    <message>
        <source>closed</source>
        <comment>a panel</comment>
        <translation>ar gau</translation>
    </message>
    <message>
        <source>{case} (protected)</source>
        <translation>{case} (wedi'i ddiogelu)</translation>
    </message>
    <message>
        <source>Comparing version {a} with the working draft – {title}</source>
        <translation>Cymharu fersiwn {a} â'r drafft gwaith – {title}</translation>
    </message>
    <message>
        <source>Comparing version {a} with version {b} – {title}</source>
        <translation>Cymharu fersiwn {a} â fersiwn {b} – {title}</translation>
    </message>
    <message>
        <source>{version} (read-only) – {title}</source>
        <translation>{version} (darllen yn unig) – {title}</translation>
    </message>
    <message>
        <source>{title} [read-only: {reason}]</source>
        <translation>{title} [darllen yn unig: {reason}]</translation>
    </message>
</context>
<context>
    <name>WindowHandlers</name>
    <message>
        <source>Cleared the recent files list (the case files are still where they were)</source>
        <translation>Cliriwyd y rhestr ffeiliau diweddar (mae'r ffeiliau achos yn dal lle'r oeddent)</translation>
    </message>
</context>
</TS>
