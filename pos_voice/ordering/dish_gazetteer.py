"""A gazetteer of dish names: the native names of common dishes of many cuisines with the English
names and glosses callers use for them ("spanakopita" = "spinach pie", "bo luc lac" = "shaking
beef", "ca phe sua da" = "vietnamese iced coffee"), and the native words that name a dish's
parts ("ga" = chicken in "Pho Ga", "chay" = vegetarian in "Banh Mi Chay").

Written from general culinary knowledge, not from any one menu. The matcher
(:mod:`.matching`) uses it only as extra, lower-confidence names of the items a menu already
has: a menu item whose name is one of a dish's names (or contains a native one) gets the dish's
other names as aliases, and an item found only through those is confirmed with the caller,
never added outright; the menu's own words always come first.

Each line of a cuisine is ``native name | other spelling = english name | gloss``: every name on
the line means the same dish. Names left of ``=`` are the dish's own (native) names, which may
also be found inside a longer menu name ("Chicken Karaage" holds "karaage"); English names are
only taken when a menu item is called exactly that. A one-word native name of four letters or
less ("ga", "tom", "bun") collides across languages, so it is used only on a menu that shows the
cuisine elsewhere (:func:`dishes_in`).
"""

from __future__ import annotations

import re
import typing as t
from dataclasses import dataclass, replace

from .food_words import roman_key
from .text import FILLER, tokens

CUISINES: dict[str, str] = {
    "vietnamese": """
        pho = vietnamese noodle soup | pho noodle soup | vietnamese rice noodle soup
        pho bo = beef pho | beef noodle soup | vietnamese beef noodle soup
        pho tai = rare beef pho | rare steak pho | pho with rare beef | rare beef noodle soup
        pho chin = well done beef pho | brisket pho | well done brisket pho
        pho tai chin = rare beef and brisket pho | rare steak and brisket pho
        pho bo vien = meatball pho | beef ball pho | pho with meatballs
        pho dac biet = special pho | house special pho | combination pho | special combination pho | combo pho
        pho ga = chicken pho | chicken noodle soup | chicken rice noodle soup | vietnamese chicken noodle soup
        pho chay = vegetarian pho | vegan pho | tofu pho | vegetable pho | veggie pho
        pho hai san = seafood pho | seafood noodle soup
        pho tom = shrimp pho
        bun bo hue = spicy beef noodle soup | hue beef noodle soup | spicy lemongrass beef noodle soup
        bun rieu = crab noodle soup | tomato crab noodle soup
        bun cha = hanoi grilled pork with vermicelli | grilled pork patties with vermicelli
            | hanoi grilled pork
        bun thit nuong = grilled pork vermicelli | grilled pork vermicelli bowl | grilled pork noodle bowl
        bun ga nuong = grilled chicken vermicelli | grilled chicken noodle bowl
        bun tom nuong = grilled shrimp vermicelli | grilled shrimp noodle bowl
        bun cha gio = egg roll vermicelli | egg roll noodle bowl
        bun chay = vegetarian vermicelli | tofu vermicelli bowl
        bun = vermicelli bowl | rice vermicelli | vermicelli noodles
        banh mi = vietnamese sandwich | vietnamese baguette sandwich | vietnamese sub
        banh mi thit = pork banh mi | pork sandwich
        banh mi thit nuong = grilled pork banh mi | grilled pork sandwich
        banh mi ga = chicken banh mi | chicken sandwich | vietnamese chicken sandwich
        banh mi chay = vegetarian banh mi | tofu banh mi | vegan banh mi | vegetarian sandwich
        banh mi dac biet = special banh mi | house special banh mi | combination banh mi | cold cut banh mi
        banh mi bo = beef banh mi
        banh mi xiu mai = meatball banh mi | meatball sandwich
        banh mi op la = egg banh mi | fried egg banh mi
        banh xeo = vietnamese crepe | sizzling crepe | vietnamese pancake | crispy crepe | sizzling pancake
        banh cuon = steamed rice rolls | steamed rice noodle rolls
        goi cuon = fresh spring rolls | summer rolls | fresh rolls | salad rolls | rice paper rolls
        cha gio | nem ran = fried spring rolls | egg rolls | vietnamese egg rolls | imperial rolls
            | fried egg rolls | crispy spring rolls
        goi du du = papaya salad | green papaya salad
        goi ga = vietnamese chicken salad | chicken cabbage salad
        com tam = broken rice | broken rice plate
        com ga = chicken rice | chicken and rice
        com chien = vietnamese fried rice | fried rice
        com suon = pork chop rice | grilled pork chop with rice | pork chop over rice
        bo luc lac = shaking beef | shaken beef | beef cubes | diced filet mignon
        ca kho to = caramelized fish | clay pot fish | braised fish in clay pot
        thit kho = braised pork | caramelized pork | braised pork belly and eggs
        canh chua = sour soup | sweet and sour soup | tamarind soup | vietnamese sour soup
        hu tieu = clear noodle soup | pork and seafood noodle soup
        mi xao = stir fried egg noodles | crispy egg noodles
        ca phe sua da = vietnamese iced coffee | iced coffee with condensed milk | iced milk coffee
            | iced coffee with milk
        ca phe den da = vietnamese black iced coffee | black iced coffee | iced black coffee
        ca phe sua nong = hot coffee with condensed milk | hot vietnamese coffee
        ca phe = vietnamese coffee
        tra da = iced tea | vietnamese iced tea
        tra = tea
        nuoc mia = sugarcane juice | sugar cane juice
        nuoc dua = coconut juice | coconut water
        sinh to = smoothie | fruit shake
        soda chanh = lime soda | sparkling limeade
        nuoc chanh = limeade | vietnamese lemonade
        che ba mau = three color dessert | three colored dessert | rainbow dessert | three bean dessert
        che = sweet soup | vietnamese dessert
        che chuoi = banana tapioca pudding | banana coconut pudding
        banh flan = caramel custard | vietnamese flan
        ga = chicken
        bo = beef
        heo = pork
        thit = pork | meat
        tom = shrimp
        chay = vegetarian | vegan | tofu
        nuong = grilled
        chien = fried
        xao = stir fried
        suon = pork chop | spare rib
        tai = rare beef | rare steak
        nam = flank
        gan = tendon
        sach = tripe
        bo vien = meatball | beef ball
        muc = squid
        cua = crab
        dau hu | dau phu = tofu
        rau = vegetable
        trung = egg
        sua = milk
        da = iced
    """,
    "greek": """
        horiatiki | horiatiki salata = greek salad | village salad | traditional greek salad | country salad
        spanakopita = spinach pie | spinach and feta pie | spinach feta pie | spinach pastry
        tiropita = cheese pie | feta cheese pie | cheese pastry | cheese triangles
        dolmades | dolmathes | dolmadakia | dolmas | dolma = stuffed grape leaves | stuffed vine leaves
            | grape leaves
        moussaka | mousaka = eggplant casserole | eggplant and beef casserole | baked eggplant with meat
        pastitsio | pastichio | pasticcio = greek lasagna | greek baked pasta | baked pasta
            | baked macaroni with meat
        souvlaki = grilled skewers | skewers
        chicken souvlaki = chicken skewers | chicken kebab
        pork souvlaki = pork skewers | pork kebab
        gyro | gyros | yiros | yeeros | giro = gyro meat
        gyro pita = gyro sandwich | gyro wrap
        tzatziki | tsatsiki | tzaziki = cucumber yogurt dip | yogurt cucumber sauce | cucumber sauce
            | yogurt dip | cucumber yogurt sauce
        melitzanosalata = eggplant dip | eggplant salad | roasted eggplant dip | eggplant spread
        taramosalata | taramasalata = fish roe dip | caviar dip | roe dip | carp roe dip
        skordalia = garlic dip | garlic potato dip | garlic spread
        tirokafteri | htipiti | kopanisti = spicy feta dip | spicy cheese dip | whipped feta | hot feta dip
        maroulosalata = lettuce salad | romaine salad
        saganaki = fried cheese | flaming cheese | pan fried cheese
        keftedes | keftedakia = greek meatballs | fried meatballs
        soutzoukakia = smyrna meatballs | meatballs in tomato sauce
        loukoumades = greek donuts | honey puffs | honey balls | greek honey donuts | honey donuts
        baklava = honey nut pastry | walnut pastry | phyllo pastry with nuts
        galaktoboureko = custard pie | custard pastry | semolina custard pie | greek custard pie
        kataifi | kadaifi = shredded phyllo pastry | shredded pastry with nuts
        loukaniko = greek sausage | pork sausage
        kleftiko | lamb kleftiko = slow roasted lamb | baked lamb | lamb baked in parchment
        paidakia = lamb chops | grilled lamb chops
        avgolemono = egg lemon soup | lemon chicken soup | chicken lemon soup | lemon rice soup
            | chicken egg lemon soup
        fasolada = bean soup | white bean soup | greek bean soup
        gigantes | gigandes = giant beans | baked giant beans | butter beans in tomato sauce
        horta = greens | boiled greens | wild greens
        patates lemonates | lemonates = lemon potatoes | greek potatoes | lemon roasted potatoes
            | greek lemon potatoes
        spanakorizo = spinach rice
        gemista | yemista = stuffed tomatoes | stuffed peppers | stuffed vegetables
        kolokithokeftedes = zucchini fritters | zucchini balls
        kalamarakia | kalamarakia tiganita = fried calamari | fried squid
        htapodi | oktapodi | chtapodi = grilled octopus | octopus
        garides saganaki = shrimp saganaki | shrimp with tomato and feta
        bougatsa = custard pastry | cream pie
        rizogalo = rice pudding | greek rice pudding
        ellinikos kafes | elliniko = greek coffee
        frappe = greek iced coffee | frappe coffee
        freddo espresso = iced espresso
        freddo cappuccino = iced cappuccino
        pita | pitta = pita bread | flatbread
        ouzo = anise liqueur
        koulouri = sesame bread ring
        kotopoulo = chicken
        arni = lamb
        hirino = pork
        psari = fish
    """,
    "turkish": """
        doner | doner kebab | doner kebap | doner kebabi = turkish gyro | rotisserie meat
        durum | doner durum | durum wrap = kebab wrap | doner wrap
        iskender | iskender kebab = doner with yogurt and tomato sauce | iskender doner
        adana | adana kebab | adana kebap = spicy lamb kebab | spicy minced lamb kebab | spicy kebab
        urfa kebab | urfa = mild lamb kebab | mild minced kebab
        sis kebab | shish kebab | sis kebap = lamb shish | lamb skewers | cubed lamb kebab | lamb kebab
        sis | shish = shish kebab | skewers
        tavuk sis | chicken shish = chicken shish | chicken skewers | chicken kebab | chicken shish kebab
        kofte | izgara kofte | kofta | kufta | kefta = kofta kebab | meatballs | grilled meatballs
            | turkish meatballs
        lahmacun | lahmajun = turkish pizza | armenian pizza | thin meat flatbread | meat flatbread
        pide = turkish flatbread | turkish pizza boat | boat pizza | turkish pizza
        kiymali pide = ground beef pide | minced meat pide
        kasarli pide | peynirli pide = cheese pide
        borek | burek | boreki = savory pastry | filled pastry | phyllo pie
        sigara boregi = cheese rolls | fried cheese rolls | cigar pastries
        manti = turkish dumplings | turkish ravioli | dumplings with yogurt
        mercimek corbasi | mercimek = lentil soup | red lentil soup | turkish lentil soup
        ezogelin = red lentil and bulgur soup
        iskembe | iskembe corbasi = tripe soup
        imam bayildi = stuffed eggplant | braised stuffed eggplant
        karniyarik = stuffed eggplant with meat | eggplant stuffed with ground beef
        ezme | acili ezme = spicy tomato dip | hot tomato salsa | spicy salad dip
        haydari = yogurt dip with herbs | thick yogurt dip
        cacik | jajik = yogurt cucumber dip | cucumber yogurt soup | cucumber yogurt
        coban salatasi | coban salata = shepherd salad | shepherds salad | turkish salad
        piyaz = white bean salad | bean salad
        kisir = bulgur salad | turkish tabbouleh
        yaprak sarma | sarma | yaprak dolma | dolma = stuffed grape leaves | stuffed vine leaves
        menemen = turkish scrambled eggs | eggs with tomatoes and peppers
        sucuk | sujuk = turkish sausage | spicy beef sausage
        sucuklu yumurta = eggs with sausage | eggs with sucuk
        simit = sesame bagel | turkish bagel | sesame bread ring
        gozleme = stuffed flatbread | turkish crepe | turkish flatbread | stuffed turkish crepe
        kunefe | kunafa | knafeh | kanafeh | kunafeh = cheese pastry | sweet cheese pastry
            | shredded pastry with cheese
        sutlac = rice pudding | turkish rice pudding | baked rice pudding
        lokum = turkish delight
        kazandibi = caramelized milk pudding
        ayran = yogurt drink | salty yogurt drink | yoghurt drink
        cay = turkish tea | black tea
        turk kahvesi = turkish coffee
        salgam = turnip juice
        beyti | beyti kebab = wrapped kebab | kebab wrapped in lavash
        testi kebab = pottery kebab | clay pot kebab
        kuzu tandir = slow roasted lamb | roast lamb
        pilav = rice pilaf | turkish rice
        bulgur pilavi = bulgur pilaf
        hunkar begendi = lamb stew on eggplant puree | sultans delight
        tantuni = beef wrap | tantuni wrap
        ali nazik = kebab over smoky eggplant and yogurt
        patlican = eggplant
        patlican salatasi = eggplant salad | smoked eggplant salad
        salatasi | salata = salad
        karisik izgara | karisik kebap = mixed grill | mixed kebab | mixed grill platter
        izgara = grilled | grill
        sucuklu = sausage | with sucuk
        peynirli = cheese | with cheese
        kiymali = ground beef | minced meat
        kasarli = cheese | with kasar cheese
        tavuklu = chicken | with chicken
        ispanakli = spinach | with spinach
        etli = meat | with meat
        tavuk = chicken
        kuzu = lamb
        dana = beef
    """,
    "ethiopian": """
        injera | enjera = sourdough flatbread | ethiopian bread | teff bread | teff flatbread
        doro wat | doro wot | doro wett | doro wet = chicken stew | spicy chicken stew
            | ethiopian chicken stew
        siga wat | sega wat | key wat | key wot | siga wot = spicy beef stew | red beef stew | beef stew
        yebeg wat | yebeg wot = lamb stew | spicy lamb stew
        yebeg alicha = mild lamb stew
        doro alicha = mild chicken stew
        alicha | alicha wat = mild stew | mild curry
        tibs | tebs = sauteed meat | stir fried meat | sauteed meat cubes
        beef tibs | siga tibs = sauteed beef | stir fried beef
        derek tibs = dry sauteed beef | crispy beef tibs
        awaze tibs = spicy sauteed beef | spicy beef tibs
        shekla tibs = sizzling meat | sizzling beef | beef in clay pot
        yebeg tibs = sauteed lamb | lamb tibs
        doro tibs = sauteed chicken | chicken tibs
        asa tibs = fried fish | fish tibs
        kitfo | ketfo = ethiopian steak tartare | minced raw beef | beef tartare | spiced raw beef
        gored gored = cubed raw beef
        shiro | shiro wat | shiro wot = chickpea stew | ground chickpea stew | chickpea puree
            | chickpea flour stew
        misir wat | misir wot | mesir wat | misir = red lentil stew | spicy lentil stew | lentil stew
            | spicy lentils
        kik alicha | kik wat = yellow split pea stew | split pea stew | yellow lentil stew | yellow peas
        gomen | gomen wat | ye gomen = collard greens | sauteed greens | greens
        atakilt wat | atkilt wat | atakilt = cabbage potatoes and carrots | cabbage stew | vegetable stew
            | cabbage and potatoes
        fosolia | fasolia = green beans and carrots | sauteed green beans | string beans and carrots
        azifa = lentil salad | green lentil salad
        timatim | timatim salata | timatim fitfit = tomato salad
        yetsom beyaynetu | beyaynetu | yetsom = vegetarian combo | veggie combination | vegan platter
            | vegetarian platter | veggie combo | vegetarian sampler
        yesiga beyaynetu = meat combo | meat combination | meat platter
        sambusa | sambusas = samosa | fried pastry | stuffed pastry
        lentil sambusa = lentil samosa | lentil pastry
        kinche | qinche = cracked wheat porridge
        genfo = porridge | barley porridge
        chechebsa | kita firfir = shredded flatbread with spiced butter
        firfir | fir fir | fit fit | fitfit = shredded injera | injera tossed in sauce
        quanta firfir = dried beef with injera | beef jerky firfir
        ful | foul | ful medames = fava bean stew | fava beans | mashed fava beans
        tej = honey wine | ethiopian honey wine
        buna | ethiopian coffee = coffee ceremony | ethiopian coffee
        shai = spiced tea | ethiopian tea
        ayib | ayibe = ethiopian cottage cheese | fresh cheese | cottage cheese
        zigni | tsebhi = spicy beef stew | eritrean beef stew
        doro = chicken
        siga | sega = beef
        yebeg = lamb
        asa = fish
    """,
    "filipino": """
        adobo = braised in vinegar and soy sauce | adobo stew
        chicken adobo | adobong manok | adobo manok = adobo chicken | chicken braised in soy and vinegar
        pork adobo | adobong baboy = adobo pork | pork braised in soy and vinegar
        sinigang = sour soup | tamarind soup | filipino sour soup
        sinigang na baboy | pork sinigang = pork sour soup | pork tamarind soup
        sinigang na hipon | shrimp sinigang = shrimp sour soup | shrimp tamarind soup
        kare kare | karekare = oxtail stew | oxtail peanut stew | peanut stew | oxtail in peanut sauce
        lechon = roast pig | roast pork | whole roast pig | roasted pork
        lechon kawali = crispy pork belly | fried pork belly | deep fried pork belly
        crispy pata = fried pork knuckle | crispy pork leg | deep fried pork hock
        sisig | pork sisig = sizzling pork | sizzling chopped pork | sizzling pork face
        pancit = filipino noodles | stir fried noodles
        pancit canton = stir fried egg noodles | canton noodles | filipino egg noodles
        pancit bihon = rice noodles | stir fried rice noodles | rice vermicelli noodles
            | filipino rice noodles
        pancit palabok | palabok = noodles with shrimp sauce | rice noodles with shrimp gravy
        lumpia | lumpiang = spring rolls | egg rolls | filipino spring rolls | filipino egg rolls
        lumpiang gulay | vegetable lumpia = vegetable spring rolls | veggie egg rolls | vegetable egg rolls
        lumpia shanghai | lumpiang shanghai = fried spring rolls | pork spring rolls | mini egg rolls
            | fried pork rolls
        lumpiang sariwa | fresh lumpia = fresh spring rolls | fresh lumpia rolls
        tinola | tinolang manok = chicken ginger soup | ginger chicken soup | chicken soup with ginger
        bulalo = beef marrow soup | bone marrow soup | beef shank soup
        nilaga | nilagang baka = boiled beef soup | beef soup | beef and vegetable soup
        bistek | bistek tagalog = filipino beef steak | beef steak with onions | steak and onions
        mechado = beef stew | beef tomato stew
        kaldereta | caldereta = meat stew in tomato sauce | beef stew | goat stew
        menudo = pork and liver stew | pork stew
        afritada = chicken stew | chicken tomato stew
        pinakbet | pakbet = vegetable stew | mixed vegetables with shrimp paste
        laing = taro leaves in coconut milk
        bicol express = pork in coconut milk | spicy pork in coconut milk
        dinuguan = pork blood stew | chocolate meat
        longganisa | longanisa = filipino sausage | sweet sausage
        tapsilog = beef tapa with garlic rice and egg | beef tapa breakfast | tapa rice and egg
        tosilog | tocilog = sweet pork with rice and egg | tocino breakfast
        longsilog = sausage with garlic rice and egg | longganisa breakfast
        silog = garlic rice and egg breakfast | rice and egg
        tapa = cured beef | beef tapa | marinated beef
        tocino = sweet cured pork | sweet pork
        sinangag = garlic fried rice | garlic rice
        arroz caldo = chicken rice porridge | rice porridge | chicken congee
        lugaw = rice porridge | congee
        goto = tripe porridge | tripe congee
        chicken inasal | inasal = filipino grilled chicken | grilled chicken | barbecue chicken
        inihaw = grilled | barbecue
        pork barbecue | inihaw na baboy = pork skewers | barbecue pork skewers
        halo halo | halohalo = shaved ice dessert | mixed shaved ice | shaved ice with fruit
        leche flan = flan | caramel custard | custard
        ube = purple yam
        ube halaya = purple yam jam | purple yam dessert
        turon = banana spring roll | fried banana roll | banana lumpia
        bibingka = coconut rice cake | rice cake
        puto = steamed rice cake | steamed rice cakes
        biko = sticky rice cake | sweet sticky rice
        buko pie = coconut pie | young coconut pie
        buko juice | buko = coconut juice | young coconut juice | coconut water
        calamansi juice | calamansi = filipino lemonade | calamansi lemonade
        sago at gulaman | sago gulaman = tapioca drink | brown sugar jelly drink
        kinilaw = filipino ceviche | fish ceviche | vinegar ceviche
        liempo | inihaw na liempo = grilled pork belly
        bangus = milkfish
        daing na bangus = fried milkfish | marinated milkfish
        chicharon | chicharong baboy = pork rinds | cracklings
        kwek kwek = fried quail eggs
        embutido = filipino meatloaf | pork meatloaf
        lomi = thick noodle soup
        batchoy | la paz batchoy = pork noodle soup
        manok = chicken
        gulay = vegetable
        baboy = pork
        baka = beef
        hipon = shrimp
        isda = fish
    """,
    "peruvian": """
        ceviche | cebiche | seviche = raw seafood marinated in lime | lime cured seafood
        ceviche de pescado | cebiche de pescado = fish ceviche | raw fish marinated in lime | lime cured fish
        ceviche mixto = mixed seafood ceviche | seafood ceviche
        leche de tigre = tigers milk | ceviche marinade
        lomo saltado = stir fried beef | beef stir fry | sauteed beef with fries | beef with fries and rice
            | stir fried steak
        pollo a la brasa = rotisserie chicken | peruvian chicken | roast chicken | charcoal chicken
            | peruvian rotisserie chicken
        aji de gallina = creamy chicken | chicken in aji sauce | spicy creamy chicken
            | chicken in yellow pepper sauce
        anticuchos | anticucho = grilled beef heart | beef heart skewers | heart skewers
        papa a la huancaina | huancaina = potatoes in cheese sauce | potatoes with spicy cheese sauce
            | huancaina potatoes
        causa | causa limena = potato terrine | layered potato | potato cake | layered potato terrine
        arroz con pollo = chicken and rice | chicken with rice | green rice with chicken
        arroz con mariscos = seafood rice | rice with seafood
        tacu tacu = rice and beans fritter | fried rice and beans
        chaufa | arroz chaufa = peruvian fried rice | chinese peruvian fried rice
        tallarin saltado = stir fried noodles | noodle stir fry
        tallarines verdes = green spaghetti | pesto pasta | spaghetti with pesto
        seco de res | seco de cordero | seco = cilantro stew | beef stew with cilantro
            | lamb stew with cilantro
        carapulcra = dried potato stew
        rocoto relleno = stuffed hot pepper | stuffed pepper
        chupe de camarones | chupe = shrimp chowder | shrimp soup
        parihuela = seafood soup | peruvian bouillabaisse
        jalea = fried seafood | fried seafood platter
        chicharron de pescado = fried fish bites | fried fish chunks
        tiradito = peruvian sashimi | sliced raw fish
        choclo = peruvian corn | large kernel corn | corn on the cob
        yuca frita = fried cassava | cassava fries | yuca fries
        salchipapa | salchipapas = sausage and fries | fries and sausage | hot dog and fries
        picarones = peruvian donuts | sweet potato donuts | squash donuts
        alfajores | alfajor = shortbread cookies with dulce de leche | caramel cookies
            | dulce de leche cookies
        suspiro limeno | suspiro a la limena = caramel meringue pudding
        mazamorra morada = purple corn pudding
        chicha morada = purple corn drink | purple corn juice
        inca kola | inca cola = golden soda | peruvian soda
        pisco sour = pisco cocktail
    """,
    "italian": """
        carbonara | spaghetti carbonara | spaghetti alla carbonara = pasta with egg and bacon
            | bacon and egg pasta
        cacio e pepe = cheese and pepper pasta | pecorino and black pepper pasta
        aglio e olio | spaghetti aglio e olio = garlic and oil pasta | spaghetti with garlic and olive oil
            | garlic pasta
        spaghetti alle vongole | vongole = spaghetti with clams | clam pasta | clam sauce pasta
        linguine alle vongole = linguine with clams | linguine with clam sauce
        bolognese | ragu | ragu alla bolognese = meat sauce | pasta with meat sauce
        spaghetti bolognese = spaghetti with meat sauce | spaghetti meat sauce
        lasagna al forno | lasagne al forno = baked lasagna | meat lasagna
        arrabbiata | arrabiata | penne arrabbiata = spicy tomato pasta | penne with spicy tomato sauce
        amatriciana | bucatini all amatriciana = tomato and pork cheek pasta | tomato bacon pasta
        puttanesca = pasta with olives and capers | olive caper tomato sauce
        pasta al pesto | pesto = pesto pasta | pasta with basil pesto | basil sauce
        fettuccine alfredo = fettuccine with cream sauce | alfredo pasta | creamy parmesan pasta
        gnocchi = potato dumplings
        ravioli = stuffed pasta | filled pasta
        tortellini = stuffed pasta rings
        risotto = creamy rice
        risotto ai funghi = mushroom risotto
        risotto alla milanese = saffron risotto
        osso buco | ossobuco = braised veal shanks | veal shank | braised veal shank
        saltimbocca | saltimbocca alla romana = veal with prosciutto and sage | veal saltimbocca
        vitello tonnato = veal with tuna sauce
        pollo alla parmigiana | chicken parmigiana = chicken parm | chicken parmesan
        melanzane alla parmigiana | eggplant parmigiana | parmigiana di melanzane = eggplant parm
            | eggplant parmesan
        vitello alla parmigiana | veal parmigiana = veal parm | veal parmesan
        pollo piccata | chicken piccata = chicken with lemon and capers | lemon caper chicken
        pollo al marsala | chicken marsala = chicken with marsala wine sauce | chicken in mushroom wine sauce
        pollo alla cacciatora | cacciatore | chicken cacciatore = hunters chicken
            | chicken stew with tomatoes and peppers
        bistecca alla fiorentina | bistecca = florentine steak | t bone steak
        branzino = mediterranean sea bass | sea bass
        linguine frutti di mare | frutti di mare = seafood linguine | seafood pasta
        zuppa di pesce | cioppino = seafood stew | fish soup | fish stew
        minestrone = vegetable soup | italian vegetable soup
        pasta e fagioli | pasta fagioli | pasta fazool = pasta and bean soup | bean and pasta soup
        stracciatella = italian egg drop soup
        ribollita = tuscan bread soup | tuscan vegetable soup
        bruschetta = toasted bread with tomatoes | tomato toast | grilled bread with tomato
        caprese | insalata caprese = tomato and mozzarella salad | mozzarella and tomato salad
            | tomato mozzarella
        antipasto | antipasti = appetizer platter | cured meats platter | italian appetizer
        arancini | arancine = fried rice balls | rice balls | risotto balls
        calamari fritti = fried calamari | fried squid
        carpaccio = thinly sliced raw beef | beef carpaccio
        focaccia = italian flatbread | herb flatbread
        prosciutto e melone = melon and ham | prosciutto and melon
        polenta = cornmeal | fried polenta
        panzanella = bread salad | tuscan bread salad
        tiramisu = coffee and mascarpone dessert | espresso ladyfinger dessert
        cannoli | cannolo = sicilian pastry | ricotta pastry | cream filled pastry
        gelato = italian ice cream
        sorbetto = sorbet
        affogato = espresso over ice cream | ice cream with espresso
        zeppole = italian donuts | fried dough
        semifreddo = frozen mousse
        biscotti = almond cookies | italian cookies
        torta della nonna = grandmas cake | custard tart
        caffe latte = latte
        limoncello = lemon liqueur
        acqua frizzante | acqua gassata = sparkling water
        acqua naturale = still water
        aranciata = orange soda | italian orange soda
        limonata = italian lemon soda | lemon soda
        pizza margherita = cheese and tomato pizza | tomato mozzarella basil pizza
        pizza marinara = tomato garlic pizza | cheeseless pizza
        quattro stagioni = four seasons pizza
        capricciosa = ham mushroom artichoke pizza
        diavola = spicy salami pizza | spicy pizza
        calzone = folded pizza | stuffed pizza
        stromboli = rolled pizza
        panini | panino = pressed sandwich | italian sandwich | grilled sandwich
        piadina = flatbread sandwich
        porchetta = roast pork | italian roast pork
        polpette = meatballs | italian meatballs
        spaghetti e polpette = spaghetti and meatballs | spaghetti with meatballs
        pappardelle al cinghiale = wild boar pappardelle
        pollo = chicken
        vitello = veal
        al forno | forno = baked | oven baked
        alla griglia | griglia = grilled
        fritti | fritto = fried
        arrosto = roast | roasted
        vongole = clams
        pesce = fish
        melanzane = eggplant
        spinaci = spinach
        panna cotta | pannacotta = cooked cream | cream custard | italian custard
        manzo = beef
        maiale = pork
        agnello = lamb
    """,
    "french": """
        coq au vin = chicken in red wine | chicken braised in wine | chicken stew with wine
        boeuf bourguignon | beef bourguignon | boeuf bourguignonne = beef stew | beef in red wine
            | burgundy beef stew
        bouillabaisse = fish stew | seafood stew | provencal fish soup
        cassoulet = white bean stew | bean and sausage casserole | bean stew with sausage and duck
        ratatouille = vegetable stew | provencal vegetable stew | stewed vegetables
        soupe a l oignon | soupe a loignon | soupe a l'oignon = french onion soup | onion soup
        steak frites = steak and fries | steak with fries
        moules frites = mussels and fries | mussels with fries
        moules marinieres | moules mariniere = mussels in white wine | steamed mussels
        confit de canard | duck confit = duck leg confit | confit duck leg
        magret de canard | magret = duck breast
        canard a l orange | canard a l'orange = duck with orange | orange duck
        escargots | escargot = snails | garlic snails
        croque monsieur = ham and cheese sandwich | grilled ham and cheese | toasted ham and cheese
        croque madame = ham and cheese sandwich with egg | croque with egg
        quiche lorraine = bacon and cheese quiche | bacon quiche | ham quiche
        quiche = savory tart | egg tart
        salade nicoise | nicoise = nicoise salad | tuna nicoise salad
        salade lyonnaise = frisee salad with bacon and egg
        salade verte = green salad
        pate de campagne = country pate
        foie gras = duck liver | goose liver
        steak tartare | tartare de boeuf = beef tartare | raw beef
        sole meuniere = sole in butter sauce | pan fried sole
        blanquette de veau = veal stew | creamy veal stew
        pot au feu = beef and vegetable stew | boiled beef
        hachis parmentier = french shepherds pie | cottage pie
        gratin dauphinois = potato gratin | scalloped potatoes | cheesy potatoes
        pommes frites | frites = french fries
        pommes puree = mashed potatoes
        haricots verts = green beans
        pain au chocolat = chocolate croissant | chocolate pastry
        pain aux raisins = raisin pastry
        baguette = french bread | french baguette
        tartine = open faced sandwich
        crepe | crepes = french pancake | thin pancake
        crepe suzette = crepe with orange sauce
        galette | galette complete = buckwheat crepe | savory crepe
        creme brulee = burnt cream | custard with caramelized sugar | caramelized custard
        mousse au chocolat = chocolate mousse
        fondant au chocolat | moelleux au chocolat = chocolate lava cake | molten chocolate cake | lava cake
        tarte tatin = upside down apple tart | caramelized apple tart | apple tart
        tarte au citron = lemon tart
        profiteroles = cream puffs | choux with ice cream
        eclair = cream eclair | chocolate eclair
        macarons | macaron = french macarons | almond meringue cookies
        madeleines | madeleine = sponge cakes | little sponge cakes
        mille feuille = napoleon | custard slice
        clafoutis = cherry custard cake | cherry flan
        ile flottante = floating island
        cafe au lait = coffee with milk
        cafe creme = coffee with cream
        chocolat chaud = hot chocolate
        citron presse = fresh lemonade
        vin rouge = red wine
        vin blanc = white wine
        omelette = french omelette | omelet
        jambon beurre = ham and butter sandwich | ham baguette
        choucroute | choucroute garnie = sauerkraut with sausages
        vichyssoise = cold potato leek soup | potato leek soup
        poulet roti = roast chicken | rotisserie chicken
        entrecote = ribeye steak | rib steak
        filet mignon = tenderloin steak | beef tenderloin
        steak au poivre = pepper steak | peppercorn steak
        beignet | beignets = fried dough | french donuts
        poulet = chicken
        boeuf = beef
        porc = pork
        agneau = lamb
        canard = duck
        jambon = ham
        fromage = cheese
    """,
    "caribbean": """
        jerk chicken = spicy grilled chicken | jamaican jerk chicken
        jerk pork = spicy grilled pork | jamaican jerk pork
        curry goat | curried goat = goat curry
        oxtail | stewed oxtail | oxtail stew = braised oxtail | oxtails
        brown stew chicken = stewed chicken | brown stewed chicken
        ackee and saltfish = ackee with codfish | saltfish and ackee
        escovitch fish | escoveitch fish | escovitch = fried fish with pickled vegetables | pickled fried fish
        rice and peas = rice and beans | coconut rice and beans | red beans and rice
        festival = sweet fried dumpling | fried dumplings
        bammy = cassava flatbread
        jamaican patty | beef patty = meat pie | beef pie | patty
        coco bread = coconut bread
        callaloo = sauteed greens | callaloo greens
        maduros | platanos maduros = sweet plantains | fried sweet plantains | ripe plantains
        tostones | patacones = fried green plantains | plantain chips | twice fried plantains
            | green plantains
        mofongo = mashed plantains | mashed fried plantains | plantain mash
        ropa vieja = shredded beef | cuban shredded beef | shredded beef stew
        lechon asado = roast pork | cuban roast pork | pulled pork
        picadillo = ground beef hash | seasoned ground beef
        vaca frita = crispy shredded beef | fried shredded beef
        cubano | sandwich cubano = cuban sandwich | cuban | pressed pork sandwich
        medianoche = midnight sandwich | sweet bread cuban sandwich
        moros y cristianos | moros = black beans and rice | rice and black beans
        arroz con gandules = rice with pigeon peas | pigeon pea rice
        pernil = roast pork shoulder | roast pork
        pastelon = plantain lasagna
        alcapurrias | alcapurria = stuffed fritters | beef fritters
        bacalaitos = codfish fritters | salt cod fritters
        sancocho = meat and root vegetable stew | hearty stew | root vegetable stew
        griot = fried pork | haitian fried pork
        pikliz = spicy pickled slaw
        doubles = chickpea sandwich | curry chickpea flatbread
        roti = curry wrap | flatbread
        chicken roti = chicken curry roti | chicken curry wrap
        pelau = rice and pigeon peas with chicken | chicken pelau
        bake and shark = fried shark sandwich
        yuca con mojo = cassava with garlic sauce | yuca with garlic
        sorrel = hibiscus drink
        mauby = bark drink
        cafe cubano | cafecito = cuban coffee | cuban espresso
        cortadito = espresso with milk | cuban cortado
        batido = milkshake | fruit shake
        malta = malt soda | malt drink
        coquito = coconut eggnog
        pastelito de guayaba | pastelito = guava pastry | guava and cheese pastry
        croquetas | croqueta = croquettes | ham croquettes
        papa rellena | papas rellenas = stuffed potato | stuffed potato ball
    """,
    "brazilian": """
        feijoada = black bean stew | black bean and pork stew | bean stew
        picanha = top sirloin | sirloin cap | rump cap steak | top sirloin cap
        churrasco = grilled meat | brazilian barbecue | grilled steak | barbecue
        fraldinha = flank steak | bottom sirloin
        alcatra = top sirloin
        linguica = brazilian sausage | smoked sausage
        coracao de frango | coracao = chicken hearts
        frango grelhado = grilled chicken
        moqueca = fish stew | seafood stew | coconut fish stew | brazilian fish stew
        moqueca de camarao = shrimp stew | shrimp moqueca
        bobo de camarao = shrimp in cassava cream
        vatapa = bread shrimp and coconut puree
        acaraje = black eyed pea fritters
        coxinha | coxinhas = chicken croquettes | chicken fritters | fried chicken dumpling
        pao de queijo = cheese bread | brazilian cheese bread | cheese rolls | cheese balls
        pastel = fried pastry | brazilian pastry | fried turnover
        esfiha | esfirra = meat pie | open meat pie
        kibe | quibe = fried bulgur croquette
        mandioca frita | aipim frito = fried cassava | cassava fries | yuca fries
        farofa = toasted cassava flour
        arroz e feijao = rice and beans
        bife acebolado = steak with onions
        bife a cavalo = steak with fried egg
        prato feito = plate of the day
        x tudo = brazilian burger with everything | burger with everything
        misto quente = grilled ham and cheese | ham and cheese toastie
        brigadeiro | brigadeiros = chocolate truffle | chocolate fudge ball | chocolate bonbon
        beijinho = coconut truffle
        quindim = coconut custard
        pudim = flan | brazilian flan | caramel pudding
        acai | acai bowl = acai bowl
        guarana | guarana antarctica = guarana soda | brazilian soda
        caipirinha = lime cocktail | cachaca cocktail
        suco de laranja = orange juice
        suco de maracuja = passion fruit juice
        maracuja = passion fruit
        cafezinho = brazilian coffee | small coffee
        caldo verde = kale soup | potato and kale soup | green soup
        galinhada = chicken and rice
        baiao de dois = rice and beans with cheese
        bolinho de bacalhau = codfish fritters | cod croquettes
        frango = chicken
        feijao | feijao preto = beans | black beans | brazilian beans
        bolinho | bolinhos = fritter | fritters | ball | balls
        bacalhau = salt cod | codfish | cod
        acebolada | acebolado = with onions | onions
        couve refogada | couve = sauteed collard greens | collard greens | kale
        na brasa = grilled | charcoal grilled
        tigela = bowl
        peixe = fish
        porco = pork
        camarao = shrimp
        suco = juice
    """,
    "polish": """
        pierogi | pierogies | perogies | perogi | pierogy | varenyky | vareniki = dumplings | polish dumplings
            | filled dumplings
        pierogi ruskie | ruskie = potato and cheese pierogi | potato cheese dumplings
            | potato and cheese dumplings
        pierogi z miesem = meat pierogi | meat dumplings
        pierogi z kapusta = cabbage pierogi | sauerkraut pierogi | sauerkraut dumplings
        golabki | golumpki | golabkis | holubtsi = stuffed cabbage | cabbage rolls | stuffed cabbage rolls
        kielbasa | kielbasy | kolbasa = polish sausage | smoked sausage
        bigos = hunters stew | sauerkraut stew | cabbage and meat stew
        zurek = sour rye soup | white borscht
        barszcz | borscht | borsch | borshch | barszcz czerwony = beet soup | beetroot soup | red borscht
        rosol = chicken soup | chicken noodle soup | polish chicken soup
        kapusniak = sauerkraut soup | cabbage soup
        grochowka = split pea soup | pea soup
        flaki = tripe soup
        kotlet schabowy | schabowy = pork cutlet | breaded pork chop | pork schnitzel | breaded pork cutlet
        placki ziemniaczane | placki = potato pancakes | potato latkes
        nalesniki = crepes | polish crepes | cheese crepes
        kopytka = potato dumplings
        kluski | kluski slaskie = silesian dumplings | potato dumplings
        gulasz | goulash | gulyas | gulash = beef stew | hungarian stew | paprika stew | goulash stew
        chicken paprikash | paprikash | paprikas csirke = chicken in paprika sauce | paprika chicken
        haluski | halushki = cabbage and noodles | fried cabbage with noodles
        mizeria = cucumber salad | cucumber sour cream salad
        surowka = coleslaw | shredded vegetable salad
        kasza | kasha = buckwheat | buckwheat groats
        pelmeni = russian dumplings | siberian dumplings | meat dumplings
        blini | bliny | blintzes | blintz = thin pancakes | cheese blintzes
        beef stroganoff | stroganoff = beef in sour cream sauce | beef and mushrooms in cream sauce
        chicken kiev | chicken kyiv = stuffed chicken breast | garlic butter chicken
        syrniki = cottage cheese pancakes | farmer cheese pancakes
        olivier | salad olivier = russian potato salad
        shashlik | szaszlyk | shashlyk = meat skewers | shish kebab
        sernik = polish cheesecake | cheesecake
        paczki | paczek = polish donuts | filled donuts | jelly donuts
        makowiec = poppy seed cake | poppy seed roll
        szarlotka = apple cake | polish apple pie | apple pie
        kompot = fruit drink | fruit compote drink
        kvass | kwas = bread drink | fermented bread drink
        oscypek = smoked sheep cheese | smoked cheese
        zapiekanka = open faced baguette | polish pizza baguette
        krokiety = stuffed crepes | croquettes
        schnitzel | wiener schnitzel | sznycel = breaded cutlet | breaded veal cutlet
        spaetzle | spatzle = egg noodles | german dumplings | egg dumplings
        sauerbraten = marinated pot roast | pot roast
        bratwurst = german sausage | pork sausage
        currywurst = curry sausage | sausage with curry ketchup
        brezel | laugenbrezel = soft pretzel | bavarian pretzel | pretzel
        kartoffelsalat = german potato salad | potato salad
        rouladen | rinderrouladen = beef rolls | stuffed beef rolls
        apfelstrudel | strudel = apple strudel | apple pastry
        schwarzwalder kirschtorte = black forest cake | chocolate cherry cake
        kasespatzle = cheese noodles | german mac and cheese | cheese spaetzle
        khachapuri = cheese bread | georgian cheese bread
        khachapuri adjaruli | adjaruli = cheese boat | cheese bread with egg
        khinkali = georgian dumplings | soup dumplings
        kurczak = chicken
        z grilla | grilla = grilled
        z jagodami | jagodami = blueberry | with blueberries
        z grzybami | grzybami = mushroom | with mushrooms
        z kapusta | kapusta = cabbage | sauerkraut
        z miesem | miesem = meat | with meat
        z serem | serem = cheese | with cheese
        ziemniaki = potatoes
        wieprzowina = pork
        wolowina = beef
    """,
    "japanese": """
        ramen = japanese noodle soup | noodle soup
        tonkotsu ramen | tonkotsu = pork bone ramen | pork broth ramen | pork bone broth ramen
            | pork bone broth
        shoyu ramen = soy sauce ramen | soy ramen | soy broth ramen
        miso ramen = miso broth ramen
        shio ramen = salt ramen | salt broth ramen
        tantanmen | tan tan men | tantan ramen = dan dan ramen | spicy sesame ramen | dan dan noodles
        tsukemen = dipping ramen | dipping noodles
        udon = thick noodles | wheat noodles | thick wheat noodles
        kitsune udon = fried tofu udon
        tempura udon = shrimp tempura udon
        soba = buckwheat noodles
        zaru soba = cold soba | cold buckwheat noodles
        yakisoba = fried noodles | stir fried noodles | japanese fried noodles
        gyoza = dumplings | potstickers | pan fried dumplings | japanese dumplings | pot stickers
        pork gyoza = pork dumplings | pork potstickers
        takoyaki = octopus balls | octopus fritters | octopus dumplings
        karaage | chicken karaage | kara age = japanese fried chicken | fried chicken | crispy fried chicken
        tonkatsu = pork cutlet | breaded pork cutlet | fried pork cutlet
        katsu = cutlet | breaded cutlet
        chicken katsu = chicken cutlet | breaded chicken cutlet | fried chicken cutlet
        katsu curry = curry with cutlet | cutlet curry | japanese curry with cutlet
        kare raisu | curry rice = japanese curry | curry rice
        katsudon = pork cutlet bowl | cutlet rice bowl
        gyudon = beef bowl | beef rice bowl
        oyakodon = chicken and egg bowl | chicken egg rice bowl
        donburi = rice bowl
        unadon | unagi don | unaju = eel bowl | eel rice bowl | grilled eel bowl
        unagi = freshwater eel | eel | grilled eel
        anago = sea eel
        chicken teriyaki = teriyaki chicken
        salmon teriyaki = teriyaki salmon
        yakitori = chicken skewers | grilled chicken skewers
        edamame = soybeans | steamed soybeans | soy beans
        agedashi tofu = fried tofu in broth | deep fried tofu
        hiyayakko = cold tofu
        miso shiru | misoshiru = miso soup | soybean soup
        okonomiyaki = japanese pancake | savory pancake | cabbage pancake
        ebi tempura = shrimp tempura | fried shrimp | tempura shrimp
        yasai tempura = vegetable tempura | fried vegetables
        sashimi = sliced raw fish | raw fish
        nigiri = hand pressed sushi
        temaki = hand roll | cone roll
        kappa maki | kappa roll = cucumber roll
        tekka maki | tekka roll = tuna roll
        futomaki = big roll | thick roll
        chirashi | chirashi don = scattered sushi | sashimi over rice | sashimi bowl
        onigiri = rice ball | rice balls
        matcha = green tea
        matcha latte = green tea latte
        matcha ice cream = green tea ice cream
        matcha cheesecake = green tea cheesecake
        genmaicha = brown rice tea
        sencha | ocha | ryokucha = green tea | japanese green tea
        mochi = rice cake | sweet rice cake
        mochi ice cream = ice cream mochi
        dorayaki = red bean pancake
        taiyaki = fish shaped cake
        dango = rice dumplings
        ramune = japanese soda | marble soda
        calpico | calpis = yogurt soda
        shumai | shiumai = steamed dumplings
        chawanmushi = steamed egg custard | egg custard
        nasu dengaku = miso eggplant | glazed eggplant
        wakame | wakame salad = seaweed salad
        sunomono = cucumber salad | vinegared cucumber salad
        tamagoyaki | tamago = japanese omelet | rolled omelet | sweet omelet
        korokke = croquette | potato croquette
        hambagu = hamburger steak
        omurice = omelet rice | omelette over fried rice
        chahan | yakimeshi = japanese fried rice | fried rice
        shabu shabu = hot pot
        sukiyaki = beef hot pot
        yakiniku = grilled meat | japanese barbecue
        kushikatsu = fried skewers
        hiyashi chuka = cold ramen | cold noodles
        sake = rice wine | japanese rice wine
        maguro = tuna
        toro = fatty tuna
        hamachi | buri = yellowtail
        ebi = shrimp
        ika = squid
        tako = octopus
        hotate = scallop
        uni = sea urchin
        ikura = salmon roe
        tobiko = flying fish roe
        kani = crab | crab stick
        saba = mackerel
        ebi fry = fried shrimp
        gyu = beef
        buta = pork
        tori = chicken
    """,
    "korean": """
        bibimbap | bibimbab = mixed rice | mixed rice bowl | rice bowl with vegetables
        dolsot bibimbap = stone bowl bibimbap | hot stone bibimbap | hot pot bibimbap
        bulgogi = marinated beef | korean bbq beef | grilled marinated beef
        galbi | kalbi = short ribs | korean short ribs | beef short ribs | bbq short ribs
        la galbi | la kalbi = la short ribs | flanken short ribs
        samgyeopsal | samgyupsal = pork belly | grilled pork belly
        dak galbi | dakgalbi = spicy stir fried chicken | chicken galbi
        dakgangjeong | yangnyeom chicken | yangnyeom tongdak = korean fried chicken
            | sweet and spicy fried chicken
        jeyuk bokkeum | jeyuk = spicy pork | spicy stir fried pork | stir fried pork
        ojingeo bokkeum = spicy squid | stir fried squid
        japchae | chapchae = glass noodles | stir fried glass noodles | sweet potato noodles
        kimchi jjigae | kimchi chigae = kimchi stew
        doenjang jjigae = soybean paste stew | bean paste stew | miso stew
        sundubu jjigae | soondubu jjigae | soondubu = soft tofu stew | spicy tofu stew | tofu stew
        budae jjigae = army stew | army base stew | spam stew
        galbitang = short rib soup
        seolleongtang = ox bone soup | beef bone soup
        samgyetang = ginseng chicken soup
        yukgaejang = spicy beef soup | spicy shredded beef soup
        gamjatang = pork bone soup | pork spine soup
        haejangguk = hangover soup
        naengmyeon = cold noodles
        mul naengmyeon = cold noodle soup
        bibim naengmyeon = spicy cold noodles
        jjajangmyeon | jajangmyeon = black bean noodles | black bean sauce noodles
        jjamppong | jjampong | champong = spicy seafood noodle soup | seafood noodle soup
        tteokbokki | ddeokbokki | topokki = spicy rice cakes | rice cakes
        kimbap | gimbap = seaweed rice rolls | korean sushi roll | rice roll
        pajeon = scallion pancake | green onion pancake
        haemul pajeon = seafood pancake | seafood scallion pancake
        kimchijeon | kimchi jeon = kimchi pancake
        gun mandu = fried dumplings
        kimchi bokkeumbap = kimchi fried rice
        gyeran jjim = steamed egg | egg custard
        banchan = side dishes
        hotteok = sweet pancake | korean sweet pancake
        bingsu | patbingsu = shaved ice | shaved ice dessert | red bean shaved ice
        sikhye = sweet rice drink | rice punch
        makgeolli = rice wine | korean rice wine
        boricha = barley tea
        yuja cha | yujacha = citron tea | yuzu tea
        bossam = boiled pork wraps
        jokbal = pigs feet | braised pig trotters
        kalguksu = knife cut noodles | knife cut noodle soup
        juk = rice porridge
        galbi jjim = braised short ribs
    """,
    "chinese": """
        kung pao chicken | gong bao ji ding = spicy chicken with peanuts | chicken with peanuts
        kung pao | gong bao = spicy stir fry with peanuts
        mapo tofu | ma po tofu = spicy tofu | tofu in chili sauce | spicy bean curd
        general tsos chicken = general chicken | sweet and spicy chicken
        gu lao rou = sweet and sour pork
        char siu | cha siu = barbecue pork | bbq pork | roast pork
        siu yuk = crispy pork belly | roast pork belly
        peking duck = roast duck
        xiao long bao | xiaolongbao = soup dumplings
        har gow | har gau = shrimp dumplings | crystal shrimp dumplings
        siu mai | shumai | siomai | shao mai = pork dumplings | pork and shrimp dumplings | open dumplings
        char siu bao | cha siu bao = bbq pork buns | barbecue pork buns | pork buns
        baozi = steamed buns
        gua bao = pork belly bun
        jiaozi = boiled dumplings | dumplings
        guotie = potstickers | pan fried dumplings | pot stickers
        wonton soup = dumpling soup
        egg drop soup = egg flower soup
        suan la tang = hot and sour soup
        congee | jook | zhou = rice porridge
        chow mein = stir fried noodles | fried noodles
        lo mein = tossed noodles | soft noodles
        chow fun | ho fun = wide rice noodles | flat rice noodles
        beef chow fun = beef with flat noodles | beef with wide rice noodles
        dan dan noodles | dan dan mian | dandan noodles = spicy sesame noodles | sichuan noodles
        zha jiang mian | zhajiangmian = black bean sauce noodles | noodles with meat sauce
        la mian | lamian | lanzhou lamian = hand pulled noodles | pulled noodles
        niu rou mian = beef noodle soup
        cheung fun = rice noodle rolls | steamed rice rolls
        lo mai gai = sticky rice in lotus leaf | sticky rice chicken
        dan tat | egg tart = custard tart | egg custard tart
        yangzhou fried rice = special fried rice | house fried rice
        chao fan = fried rice
        moo shu pork | mu shu pork = pork with pancakes
        hui guo rou = twice cooked pork
        yu xiang qie zi = fish fragrant eggplant | garlic eggplant | eggplant in garlic sauce
        gai lan | kai lan = chinese broccoli
        bok choy | pak choi = chinese cabbage
        gan bian si ji dou = dry fried green beans | szechuan green beans | sichuan green beans
        la zi ji = chili chicken | dry chili chicken
        shui zhu yu = boiled fish in chili oil
        cong you bing = scallion pancake | green onion pancake
        egg foo young | egg foo yung = chinese omelette
        boba | bubble tea | pearl milk tea = milk tea with boba | tapioca milk tea | boba milk tea
    """,
    "thai": """
        pad thai = thai fried noodles | stir fried rice noodles
        pad see ew | pad si ew | phat si io = stir fried wide noodles | soy sauce noodles | wide noodles
        pad kee mao | pad kimao | pad ki mao = drunken noodles | spicy basil noodles
        pad kra pao | pad krapow | pad gaprao | pad kaprao | kra pao = basil stir fry | holy basil stir fry
            | thai basil stir fry
        pad prik king = chili paste stir fry
        khao pad | kao pad = thai fried rice | fried rice
        khao man gai = chicken and rice | hainanese chicken rice
        tom yum | tom yam = hot and sour soup | spicy lemongrass soup
        tom yum goong | tom yum kung = hot and sour shrimp soup | spicy shrimp soup
        tom kha | tom kha gai | tom kha kai = coconut soup | chicken coconut soup | coconut milk soup
        gaeng keow wan | kaeng khiao wan | gaeng kiew wan = green curry
        gaeng phed | kaeng phet | gaeng daeng = red curry
        massaman | gaeng massaman = massaman curry
        panang | phanaeng | penang = panang curry
        gaeng kari | kaeng kari = yellow curry
        som tum | som tam = papaya salad | green papaya salad
        larb | laab | laap | larb gai = minced meat salad | spicy minced chicken salad | chicken larb
        yum nua | yam nua = beef salad | spicy beef salad | thai beef salad
        nam tok = waterfall beef | grilled beef salad
        yum woon sen = glass noodle salad
        satay | sate = grilled skewers with peanut sauce | skewers
        tod mun pla | tod man pla | tod man = fish cakes | thai fish cakes
        por pia tod = fried spring rolls
        khao niao mamuang = mango sticky rice | mango with sticky rice | sticky rice with mango
        khao niao | khao niew = sticky rice
        cha yen = thai iced tea | thai tea | iced thai tea
        oliang | cafe yen = thai iced coffee | thai coffee
        gai yang | kai yang = thai grilled chicken | grilled chicken
        moo ping = grilled pork skewers
        khao soi = curry noodle soup | coconut curry noodle soup | northern thai curry noodles
        kuay teow reua = boat noodles
        rad na | lad na = wide noodles in gravy
        gai = chicken
        moo = pork
        nua = beef
        goong | kung = shrimp
        pla = fish
        ped = duck
        talay | tale = seafood
        phak | pak = vegetable
    """,
    "indian": """
        murgh makhani | murg makhani = butter chicken | chicken in butter sauce
        chicken tikka masala | tikka masala = chicken in creamy tomato sauce
        tandoori chicken | murgh tandoori = clay oven chicken | tandoori roasted chicken
        saag paneer | palak paneer | sag paneer = spinach and cheese | spinach with cheese | spinach paneer
            | spinach and cottage cheese
        paneer = indian cheese | cottage cheese
        matar paneer | mutter paneer | mattar paneer = peas and cheese | peas and paneer
            | peas with cottage cheese
        chana masala | chole | chhole | channa masala = chickpea curry | chickpeas | spiced chickpeas
        dal makhani | daal makhani = black lentils | creamy black lentils | black lentil curry
        dal tadka | tarka dal | dal tarka = yellow lentils | lentil curry | tempered lentils
        aloo gobi = potato and cauliflower | potatoes and cauliflower | cauliflower and potato curry
        baingan bharta | bengan bharta = roasted eggplant | smoked eggplant mash | eggplant curry
            | mashed eggplant
        bhindi masala | bhindi = okra | spiced okra | okra curry
        malai kofta = vegetable dumplings in cream sauce | veggie balls in cream sauce
        navratan korma = vegetable korma | mixed vegetable korma
        korma = creamy curry | mild curry
        vindaloo = spicy curry | very spicy curry
        rogan josh | roghan josh = lamb curry | kashmiri lamb curry
        biryani | biriyani = spiced rice | biryani rice
        pulao | pilau = rice pilaf
        jeera rice = cumin rice
        naan | nan = indian bread | flatbread | tandoori bread
        peshwari naan = sweet naan | coconut naan
        keema naan = naan stuffed with lamb | lamb stuffed naan
        roti | chapati | chapatti = whole wheat bread | flatbread | whole wheat flatbread
        paratha = layered flatbread
        aloo paratha = potato stuffed flatbread
        puri | poori = fried bread | puffed bread
        chole bhature = chickpeas with fried bread
        samosa = fried pastry | stuffed pastry
        aloo samosa | vegetable samosa = potato samosa | potato pastry
        pakora | pakoras = fritters | vegetable fritters
        onion bhaji = onion fritters
        aloo tikki = potato patties | potato cakes
        pani puri | golgappa = crispy shells with spiced water
        raita = yogurt dip | yogurt sauce | cucumber yogurt
        dosa = rice crepe | lentil crepe
        masala dosa = potato dosa | rice crepe with potatoes
        idli = steamed rice cakes
        vada | medu vada = lentil donuts | savory donuts
        sambar = lentil soup | vegetable lentil stew
        uttapam = rice pancake
        mulligatawny = lentil soup | curry soup
        gulab jamun = milk dumplings | fried milk balls in syrup | sweet dumplings
        rasmalai | ras malai = cheese dumplings in cream
        kheer = rice pudding
        kulfi = indian ice cream
        jalebi = fried syrup spirals
        mango lassi = mango yogurt drink
        lassi = yogurt drink
        masala chai | chai = spiced tea | indian tea | chai tea
        nimbu pani = indian lemonade
        keema = minced meat | ground lamb
        seekh kebab = minced lamb kebab | lamb skewers
        karahi | kadai | kadhai = wok curry
        jalfrezi = stir fry curry
        nihari = slow cooked beef stew
        haleem = lentil and meat stew
        momo | momos = dumplings | tibetan dumplings | nepali dumplings
        thukpa = noodle soup | tibetan noodle soup
        dal bhat = lentils and rice
        jhinga = shrimp | prawns
        gosht = meat
        methi = fenugreek
    """,
    "mexican": """
        al pastor | tacos al pastor = marinated pork | pork and pineapple tacos
        carne asada = grilled steak | grilled beef
        carnitas = braised pork | pulled pork | fried pork
        barbacoa = braised beef | shredded beef | slow cooked beef
        birria = birria stew | braised meat stew
        quesabirria | quesabirrias = birria cheese tacos | cheesy birria tacos
        lengua = beef tongue | tongue
        cabeza = beef head
        tripa | tripas = tripe
        suadero = brisket
        chicharron = pork rinds | cracklings
        pollo asado = grilled chicken
        enchiladas verdes = green enchiladas
        enchiladas rojas = red enchiladas
        enchiladas suizas = creamy enchiladas | swiss enchiladas
        chiles rellenos | chile relleno = stuffed peppers | stuffed poblano | stuffed chile
        mole | mole poblano = chocolate chili sauce
        pollo en mole | mole de pollo = chicken mole | chicken in mole sauce
        pozole | posole = hominy soup | hominy stew
        pozole rojo = red pozole | pork and hominy stew
        menudo = tripe soup | beef tripe soup
        tamales | tamal = corn husk tamales
        torta = mexican sandwich
        sopes = thick tortillas
        huaraches | huarache = large masa flatbread
        gorditas | gordita = stuffed corn cakes
        tlayuda | tlayudas = oaxacan pizza | large crispy tortilla
        tostadas | tostada = crispy tortillas | flat tacos
        quesadilla = cheese tortilla | grilled cheese tortilla
        chilaquiles = tortilla chips in salsa | fried tortillas in salsa
        huevos rancheros = ranch style eggs | eggs with salsa
        huevos con chorizo = eggs with sausage | chorizo and eggs
        machaca = shredded dried beef
        flautas | taquitos = rolled fried tacos | rolled tacos
        elote = mexican street corn | corn on the cob | street corn
        esquites = corn in a cup | corn cup
        guacamole = avocado dip
        pico de gallo = fresh salsa | tomato salsa
        salsa verde = green salsa
        frijoles refritos = refried beans
        frijoles charros = charro beans | cowboy beans
        arroz rojo | arroz mexicano = mexican rice | red rice
        caldo de res = beef soup | beef and vegetable soup
        caldo de pollo = chicken soup
        sopa de tortilla = tortilla soup
        caldo de camaron = shrimp soup
        cochinita pibil = yucatan pulled pork | achiote pork
        camarones a la diabla = spicy shrimp | deviled shrimp
        camarones al mojo de ajo = garlic shrimp
        coctel de camaron = shrimp cocktail
        aguachile = shrimp in lime and chili
        churros = fried dough sticks | cinnamon sugar sticks
        flan = caramel custard
        tres leches = three milk cake | milk cake
        arroz con leche = rice pudding
        sopapillas = fried pastry with honey
        horchata = rice milk drink | cinnamon rice drink | rice drink
        agua de jamaica = hibiscus water | hibiscus tea | hibiscus drink
        agua de tamarindo = tamarind water | tamarind drink
        agua fresca = fruit water | fresh fruit drink
        michelada = beer with lime and spices | spicy beer
        champurrado = chocolate corn drink
        atole = corn drink
        cafe de olla = mexican coffee | cinnamon coffee
        jarritos = mexican soda
    """,
    "middle eastern": """
        hummus | hommos | humus | houmous | hommus = chickpea dip | chickpea spread
        baba ghanoush | baba ganoush | baba ghanouj | mutabal | moutabal = eggplant dip | smoked eggplant dip
            | roasted eggplant dip
        muhammara = red pepper dip | roasted red pepper and walnut dip
        labneh | labne = strained yogurt | yogurt cheese | thick yogurt dip
        tabbouleh | tabouli | tabbouli | tabouleh | tabbouleh salad = parsley salad | bulgur salad
        fattoush = pita salad | bread salad | lebanese salad
        falafel | felafel = chickpea fritters | chickpea balls | falafel balls
        shish tawook | shish taouk | tawook | taouk = chicken kebab | chicken skewers
            | grilled chicken skewers
        kafta | kefta kebab | kafta kebab = ground meat kebab | minced meat skewers
        kibbeh | kibbe | kubba = bulgur and meat croquettes | meat croquettes
        manakish | manakeesh | manoushe | manaeesh = flatbread | lebanese flatbread
        manakish zaatar | zaatar manakish = zaatar flatbread | thyme flatbread
        manakish jibneh = cheese flatbread
        fatayer = stuffed pastries | savory pies
        fatayer sabanekh | spinach fatayer = spinach pies | spinach pie | spinach pastry
        sambousek | sambusak = meat pies | cheese pastry | stuffed pastry
        warak enab | warak inab | warak arish | dolma | dolmas = stuffed grape leaves | stuffed vine leaves
        mujaddara | mujadara | mejadra = lentils and rice | rice and lentils with onions
        mansaf = lamb with yogurt and rice
        maqluba | makloubeh | maqlouba = upside down rice
        musakhan = sumac chicken flatbread
        shakshuka | shakshouka = eggs in tomato sauce | poached eggs in tomato sauce
        ful medames | foul medames = fava beans | fava bean stew
        toum = garlic sauce | garlic dip | garlic spread
        tahini | tahina = sesame sauce | sesame paste
        halloumi | hellim = grilled cheese | grilled halloumi
        maamoul = date cookies | date filled cookies
        halva | halawa | helva = sesame candy | sesame fudge
        laban | doogh = yogurt drink
        jallab = date drink
        atay | moroccan mint tea = mint tea | moroccan tea
        qahwa | arabic coffee = arabic coffee | cardamom coffee
        couscous = semolina | steamed semolina
        tagine | tajine = moroccan stew | slow cooked stew
        chicken tagine = chicken stew with olives and lemon
        harira = moroccan lentil soup | tomato lentil soup
        pastilla | bastilla | bisteeya = chicken pie | sweet and savory pie
        merguez = lamb sausage | spicy lamb sausage
        shawarma | shwarma | shawerma | chawarma = rotisserie meat | shaved meat
        kebab | kabob | kebob | kabab = skewers | grilled skewers
        koobideh | kabob koobideh | kubideh = ground beef kebab | minced meat kebab | ground meat kebab
        joojeh kabob | jujeh kabab | joojeh = chicken kebab | saffron chicken kebab
        barg | kabob barg = filet kebab | beef tenderloin kebab
        chelo | chelow = saffron rice | persian rice
        tahdig = crispy rice | persian crispy rice
        ghormeh sabzi = herb stew | beef and herb stew
        fesenjan | fesenjoon = pomegranate walnut stew
        gheymeh = split pea stew
        zereshk polo = barberry rice
        baghali polo = dill and fava rice
        ash reshteh = noodle soup | bean and noodle soup
        kashk e bademjan = eggplant dip
        mirza ghasemi = smoked eggplant | smoked eggplant dip | eggplant dip
        shirazi salad = cucumber tomato salad
        mast o khiar = yogurt cucumber dip
        faloodeh = rosewater sorbet
        sabich = eggplant and egg pita
        bourekas = filled pastry
        kabuli pulao | kabuli palaw = rice with lamb and carrots | afghan rice
        mantu = afghan dumplings
        bolani = stuffed flatbread
        aushak = leek dumplings
        mandi = rice with lamb | rice with chicken
        dajaj = chicken
        lahm = meat
    """,
    "spanish": """
        paella = saffron rice | spanish rice
        volcan de chocolate | volcan = lava cake | chocolate lava cake | molten chocolate cake
        ensalada mixta = mixed salad | mixed green salad | garden salad | house salad
        ensalada de la casa = house salad
        agua mineral | agua natural | agua sin gas = still water | mineral water | bottled water
        agua con gas | agua mineral con gas = sparkling water | sparkling mineral water | soda water
        jugo de naranja | zumo de naranja = orange juice | fresh orange juice
        refresco = soft drink | soda
        flan de huevo = egg custard | caramel custard
        paella valenciana = chicken and rabbit paella
        paella de marisco | paella marinera = seafood paella
        tortilla espanola | tortilla de patatas = spanish omelette | potato omelette
        patatas bravas | papas bravas = spicy potatoes | fried potatoes with spicy sauce
        gambas al ajillo = garlic shrimp | shrimp in garlic oil
        pimientos de padron = padron peppers | blistered peppers
        jamon iberico | jamon serrano = cured ham | spanish ham
        pulpo a la gallega = galician octopus | octopus with paprika
        gazpacho = cold tomato soup | chilled soup
        salmorejo = cold tomato soup
        albondigas = meatballs
        pan con tomate | pan tumaca | pa amb tomaquet = tomato bread | bread with tomato
        churros con chocolate = churros with chocolate
        crema catalana = catalan cream
        sangria = wine punch | red wine punch
        fabada = bean stew with sausage
        calamares fritos | calamares = fried calamari | fried squid
        boquerones = marinated anchovies
        empanadas | empanada = turnovers | stuffed pastries
        asado = barbecue | grilled meats
        choripan = sausage sandwich | chorizo sandwich
        milanesa = breaded cutlet | breaded steak
        chimichurri = herb sauce
        provoleta = grilled provolone
        dulce de leche = milk caramel
        mate | yerba mate = mate tea
        bandeja paisa = paisa platter
        arepas | arepa = corn cakes
        arepa con queso = cheese arepa
        ajiaco = chicken potato soup
        pabellon criollo = shredded beef with rice and beans
        tequenos = cheese sticks
        pupusas | pupusa = stuffed corn tortillas | stuffed tortillas
        pupusa revuelta = pork and cheese pupusa
        curtido = pickled cabbage slaw
        pastel de choclo = corn pie
    """,
    "west african": """
        jollof rice | jollof = spicy tomato rice | west african rice
        egusi soup | egusi = melon seed soup
        fufu | foofoo = pounded yam | cassava dough
        suya = spicy beef skewers | grilled beef skewers
        puff puff = fried dough balls
        moi moi | moin moin = bean pudding
        pepper soup = spicy soup
        asun = peppered goat | spicy goat meat | peppered goat meat
        waakye = rice and beans
        kelewele = spicy fried plantains
        thieboudienne | ceebu jen = fish and rice
        yassa | chicken yassa = lemon onion chicken
        mafe | maafe = peanut stew
        red red = bean stew with plantains
    """,
    "southeast asian": """
        nasi goreng = indonesian fried rice | fried rice
        mee goreng | mie goreng = fried noodles
        rendang | beef rendang = dry beef curry | coconut beef curry
        gado gado = vegetable salad with peanut sauce
        laksa = curry noodle soup | coconut noodle soup
        nasi lemak = coconut rice
        roti canai = flatbread with curry
        char kway teow = stir fried flat noodles
        hainanese chicken rice = chicken rice
        ayam goreng = fried chicken
        soto ayam = chicken soup
        bakso = meatball soup
        cendol = iced dessert
        mohinga = fish noodle soup
        lahpet thoke = tea leaf salad
        poke | poke bowl = raw fish salad | raw fish bowl
        loco moco = rice burger gravy and egg
        kalua pork = smoked pulled pork
        spam musubi = spam rice
        haupia = coconut pudding
        ayam = chicken
    """,
    "drinks": """
        steamed rice = white rice | plain rice
        seltzer | seltzer water = sparkling water | soda water | fizzy water | club soda
        club soda = soda water | sparkling water
        fanta naranja | fanta orange = orange fanta | orange soda
        fanta limon = lemon fanta
        sprite = lemon lime soda
        ginger ale = ginger soda
        ting = grapefruit soda | jamaican grapefruit soda
        kola champagne = cream soda
        root beer = sarsaparilla
        arnold palmer = half lemonade half iced tea | iced tea lemonade
        cafe con leche = coffee with milk | latte
        americano = black coffee
        cortado = espresso with a little milk
        chocolate caliente = hot chocolate
    """,
    "cajun": """
        jambalaya = rice with sausage and chicken
        gumbo = creole stew
        etouffee | crawfish etouffee = crawfish stew
        po boy = louisiana sandwich
        hushpuppies | hush puppies = fried cornmeal balls
    """,
}

#: A one-word native name this short collides across languages ("tom": shrimp in Vietnamese, a
#: soup in Thai); it counts only where the menu shows its cuisine (:func:`dishes_in`).
WEAK_LENGTH = 4


@dataclass(frozen=True)
class Dish:
    cuisine: str
    native: tuple[tuple[str, ...], ...]  # normalised native names
    english: tuple[tuple[str, ...], ...]  # normalised English names and glosses
    heads: tuple[str, ...] = ()  # per name (native, then English), the word it is a kind of
    described: frozenset[tuple[str, ...]] = frozenset()  # names that describe: "pasta with meat sauce"

    @property
    def names(self) -> tuple[tuple[str, ...], ...]:
        return self.native + self.english

    def head(self, name: tuple[str, ...]) -> str:
        return self.heads[self.names.index(name)] if name in self.names and self.heads else name[-1]

    @property
    def weak(self) -> bool:
        return all(len(name) == 1 and len(name[0]) <= WEAK_LENGTH for name in self.native)


def normal(name: str, translate: bool = True) -> tuple[str, ...]:
    """A name as the matcher compares it: the menu's own normalisation (text.tokens), fillers out;
    ``translate=False`` keeps the food words of other languages as they are."""
    return tuple(w for w in tokens(name, translate) if w not in FILLER)


def _joined(words: tuple[str, ...]) -> str | None:
    """One key for a name written apart or together ("halo halo" / "halo-halo" / "halohalo")."""
    joined = "".join(words)
    return roman_key(joined) if len(joined) >= 6 and not any(w.isdigit() for w in words) else None


#: Words after which an English name goes on about something else: "dumplings in cream sauce".
_PREPOSITIONS = re.compile(r"\s(?:in|with|on|over|of|from|for|under)\s")


def _head(name: str) -> str:
    """The word an English name is a kind of: "vegetable dumplings in cream sauce" → dumpling."""
    words = normal(_PREPOSITIONS.split(f" {name.strip()} ")[0])
    return words[-1] if words else ""


def _parse() -> tuple[Dish, ...]:
    found: list[Dish] = []
    for cuisine, block in CUISINES.items():
        # a line that begins with "|" goes on with the names of the line before
        for line in block.strip().replace("\n", "\0").replace("\0    | ", " | ").replace(
                "\0" + " " * 12 + "| ", " | ").split("\0"):
            native, _, english = line.partition("=")
            heads: dict[tuple[str, ...], str] = {}
            translated: list[tuple[str, ...]] = []
            for part in native.split("|"):
                raw, read = normal(part, translate=False), normal(part)
                if raw:
                    heads.setdefault(raw, raw[-1])
                if len(read) > 1 and read != raw:
                    translated.append(read)  # "boricha" reads "barley tea": English by now
            natives = tuple(heads)
            for name in translated:
                heads.setdefault(name, name[-1])
            described = set()
            for part in english.split("|"):
                name = normal(part)
                if name and name not in heads:
                    heads[name] = _head(part) or name[-1]
                    if _PREPOSITIONS.search(f" {part.strip()} "):
                        described.add(name)
            glosses = tuple(name for name in heads if name not in natives)
            if natives and glosses:  # "pollo = chicken" is translated already (food_words)
                found.append(Dish(cuisine, natives, glosses, tuple(heads.values()), frozenset(described)))
    return tuple(found)


class _Index:
    def __init__(self) -> None:
        self.dishes = _parse()
        by_words: dict[tuple[str, ...], list[tuple[int, bool]]] = {}
        by_joined: dict[str, list[tuple[int, bool]]] = {}
        for number, dish in enumerate(self.dishes):
            for name in dish.names:
                native = name in dish.native
                by_words.setdefault(name, []).append((number, native))
                joined = _joined(name)
                if joined is not None:
                    by_joined.setdefault(joined, []).append((number, native))
        # tuples, not lists: fewer objects for the garbage collector to walk, for the process's life
        self.by_words = {name: tuple(found) for name, found in by_words.items()}
        self.by_joined = {key: tuple(found) for key, found in by_joined.items()}

    def lookup(self, words: tuple[str, ...]) -> list[tuple[Dish, bool]]:
        hits = dict(self.by_words.get(words, ()))
        joined = _joined(words)
        for number, native in self.by_joined.get(joined, ()) if joined else ():
            hits[number] = hits.get(number, False) or native
        return [(self.dishes[number], native) for number, native in hits.items()]


#: Built when the module is imported (~0.1 s, once per process, at the app's start), so that
#: the first call's first tool call does not wait for it.
_INDEX = _Index()


def _index() -> _Index:
    return _INDEX


def dish_count() -> int:
    return len(_index().dishes)


@dataclass(frozen=True)
class Found:
    """A dish found in a menu name: ``words[start:end]`` is one of its names."""

    dish: Dish
    start: int
    end: int
    native: bool  # found by one of its native names (which may mean another dish elsewhere)
    shown: bool = True  # the menu shows the dish's cuisine (or it was found by a native name)

    @property
    def names(self) -> tuple[tuple[str, ...], ...]:
        """The names it gives the menu item: an item the menu calls by an English name ("Egg
        Rolls") gets the dish's native names, and its other English ones only on a menu of its
        cuisine — "egg rolls" are "spring rolls" in Manila, not at a Chinese take-out."""
        return self.dish.names if self.shown else self.dish.native


def _in_name(words: tuple[str, ...]) -> list[Found]:
    """Dishes whose name is ``words`` (any name), and those a run of ``words`` is a native name of
    ("gyro" and "pita" in "Gyro Pita"), longest runs first and not overlapping."""
    index = _index()
    found = [Found(dish, 0, len(words), native) for dish, native in index.lookup(words)]
    taken: set[int] = set()
    for length in range(len(words) - 1, 0, -1):
        for start in range(len(words) - length + 1):
            span = set(range(start, start + length))
            if span & taken:
                continue
            natives = [dish for dish, native in index.lookup(words[start:start + length]) if native]
            if natives:
                found.extend(Found(dish, start, start + length, True) for dish in natives)
                taken |= span
    return found


def dishes_named(words: tuple[str, ...]) -> list[Dish]:
    """The dishes one of whose native names is ``words`` (words as said, untranslated), written
    apart or together; English names are left out: they describe ("pork dumplings"), and many
    dishes share them."""
    return [dish for dish, native in _index().lookup(words) if native and not (dish.weak and len(words) == 1)]


def dishes_in(names: t.Sequence[tuple[str, ...]]) -> list[list[Found]]:
    """For each menu name (normalised words), the dishes of the gazetteer it is or holds.

    A menu shows a cuisine through the dishes of it that its names hold; a weak (short, one-word)
    native name counts only on a menu that shows its cuisine in two items, and where one run of a
    name is a native name of dishes of several cuisines, the menu's own cuisine wins ("menudo":
    tripe soup on a Mexican menu, pork stew on a Filipino one)."""
    raw = [_in_name(words) if words else [] for words in names]
    shown: dict[str, int] = {}
    for found in raw:
        for cuisine in {f.dish.cuisine for f in found if not f.dish.weak}:
            shown[cuisine] = shown.get(cuisine, 0) + 1
    out: list[list[Found]] = []
    for found in raw:
        kept = [f for f in found if not f.dish.weak or shown.get(f.dish.cuisine, 0) >= 2]
        by_span: dict[tuple[int, int], list[Found]] = {}
        for f in kept:
            by_span.setdefault((f.start, f.end), []).append(f)
        chosen: list[Found] = []
        for same in by_span.values():
            # an English name means one dish anywhere ("stuffed grape leaves": dolmades, warak
            # enab, yaprak sarma); a native one may mean another dish in another cuisine
            native = [f for f in same if f.native]
            best = max((shown.get(f.dish.cuisine, 0) for f in native), default=0)
            chosen.extend(replace(f, shown=f.native or shown.get(f.dish.cuisine, 0) >= 2) for f in same
                          if not f.native or shown.get(f.dish.cuisine, 0) == best)
        out.append(chosen)
    return out
