"""A Mexican seafood restaurant (mariscos, the pattern of Sinaloa / Nayarit style places in
California and Arizona) whose menu is in Spanish: cocteles Chico or Grande, oysters by the half
dozen or dozen, aguachiles (verde, rojo, negro), tostadas, platillos, caldos, tacos by the piece,
drinks. Callers order in Spanish, English or a mix ("a large shrimp cocktail", "dos tostadas de
pulpo"). "Aguachile", "un coctel", "tostada", "caldo" or "empanizado" alone is a question; a taco
de pulpo or a lobster is not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Mexican mariscos restaurant"

COCTEL = {"Chico": 14.99, "Grande": 18.99}

CATEGORIES: dict[str, list[Item]] = {
    "Cocteles": [
        ("Coctel de Camarón", COCTEL, ("shrimp", "cocktail sauce", "onion", "cilantro", "avocado")),
        ("Coctel de Pulpo", {"Chico": 15.99, "Grande": 19.99}, ("octopus", "cocktail sauce", "avocado")),
        ("Campechana", {"Chico": 16.99, "Grande": 20.99}, ("shrimp", "octopus", "oyster", "cocktail sauce")),
        ("Vuelve a la Vida", {"Chico": 17.99, "Grande": 22.99},
         ("shrimp", "octopus", "oyster", "scallop", "cocktail sauce")),
        ("Ostiones en su Concha", {"Media Docena": 13.99, "Docena": 24.99},
         ("raw oysters on the half shell", "lime", "salsa")),
    ],
    "Aguachiles": [
        ("Aguachile Verde", 18.99, ("raw shrimp", "lime", "serrano", "cilantro", "cucumber", "red onion")),
        ("Aguachile Rojo", 18.99, ("raw shrimp", "lime", "chiltepin", "red chile", "cucumber")),
        ("Aguachile Negro", 19.99, ("raw shrimp", "lime", "black sauce", "soy", "chile", "cucumber")),
        ("Aguachile de Callo", 23.99, ("scallops", "lime", "serrano", "cucumber", "red onion")),
    ],
    "Tostadas": [
        ("Tostada de Ceviche de Pescado", 6.99, ("fish ceviche", "lime", "tomato", "onion", "cilantro")),
        ("Tostada de Ceviche de Camarón", 7.49, ("shrimp ceviche", "lime", "tomato", "cucumber")),
        ("Tostada de Pulpo", 8.49, ("octopus", "lime", "onion", "avocado")),
        ("Tostada Mixta", 8.99, ("shrimp", "octopus", "fish ceviche", "avocado")),
    ],
    "Platillos": [
        ("Camarones a la Diabla", 19.99, ("shrimp", "spicy red diabla sauce", "rice", "beans", "tortillas")),
        ("Camarones al Mojo de Ajo", 19.99, ("shrimp", "garlic butter", "rice", "beans", "tortillas")),
        ("Camarones Empanizados", 18.99, ("breaded shrimp", "fries", "salad")),
        ("Filete Empanizado", 16.99, ("breaded fish fillet", "rice", "salad")),
        ("Mojarra Frita", 18.99, ("whole fried tilapia", "rice", "salad", "tortillas")),
        ("Pescado Zarandeado", 34.99, ("whole butterflied grilled snapper", "adobo", "tortillas")),
        ("Molcajete de Mariscos", 32.99, ("shrimp", "octopus", "fish", "crab leg", "hot broth", "molcajete")),
        ("Caldo de Siete Mares", 21.99, ("seafood soup", "shrimp", "fish", "octopus", "crab", "clams")),
        ("Caldo de Camarón", 17.99, ("shrimp soup", "carrot", "potato", "guajillo broth")),
    ],
    "Tacos": [
        ("Taco Gobernador", 5.49, ("shrimp", "melted cheese", "poblano", "flour tortilla")),
        ("Taco de Pescado", 4.49, ("battered fish", "cabbage", "crema", "pico de gallo")),
        ("Taco de Camarón", 4.99, ("battered shrimp", "cabbage", "crema", "pico de gallo")),
        ("Taco de Marlin", 5.49, ("smoked marlin stew", "cheese", "corn tortilla")),
    ],
    "Bebidas": [
        ("Michelada", 9.99, ("beer", "lime", "clamato", "chile rim")),
        ("Coca de Vidrio", 3.99, ("mexican coca-cola", "glass bottle")),
        ("Agua de Jamaica", 3.99, ("hibiscus agua fresca",)),
        ("Agua de Horchata", 3.99, ("rice cinnamon agua fresca",)),
    ],
}

SPECIALS: tuple[str, ...] = ("Pescado Zarandeado",)

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # cocteles
    ("un coctel de camarón grande", "Coctel de Camarón", "grande"),
    ("a small shrimp cocktail", "Coctel de Camarón", "chico"),
    ("two large shrimp cocktails", "Coctel de Camarón", "grande", 2),
    ("coctel de pulpo chico", "Coctel de Pulpo", "chico"),
    ("octopus cocktail", "Coctel de Pulpo"),
    ("una campechana grande", "Campechana", "grande"),
    ("la vuelve a la vida chica", "Vuelve a la Vida", "chico"),
    ("vuelve a la vida", "Vuelve a la Vida"),
    ("un coctel", ASK),
    ("una docena de ostiones", "Ostiones en su Concha", "docena"),
    ("half a dozen oysters", "Ostiones en su Concha", "media docena"),
    # aguachiles
    ("aguachile verde", "Aguachile Verde"),
    ("green aguachile", "Aguachile Verde"),
    ("agua chile rojo", "Aguachile Rojo"),
    ("the black aguachile", "Aguachile Negro"),
    ("aguachile de callo", "Aguachile de Callo"),
    ("scallop aguachile", "Aguachile de Callo"),
    ("aguachile", ASK),
    # tostadas
    ("tostada de ceviche de pescado", "Tostada de Ceviche de Pescado"),
    ("fish ceviche tostada", "Tostada de Ceviche de Pescado"),
    ("a shrimp ceviche tostada", "Tostada de Ceviche de Camarón"),
    ("ceviche de camarón", "Tostada de Ceviche de Camarón"),
    ("dos tostadas de pulpo", "Tostada de Pulpo", None, 2),
    ("tostada mixta", "Tostada Mixta"),
    ("una tostada", ASK),
    ("ceviche", ASK),
    # platillos
    ("camarones a la diabla", "Camarones a la Diabla"),
    ("diabla shrimp", "Camarones a la Diabla"),
    ("camarones al mojo de ajo", "Camarones al Mojo de Ajo"),
    ("garlic shrimp plate", "Camarones al Mojo de Ajo"),
    ("breaded shrimp", "Camarones Empanizados"),
    ("filete empanizado", "Filete Empanizado"),
    ("breaded fish fillet", "Filete Empanizado"),
    ("empanizado", ASK),
    ("una mojarra", "Mojarra Frita"),
    ("pescado sarandeado", "Pescado Zarandeado"),
    ("a molcajete", "Molcajete de Mariscos"),
    ("siete mares", "Caldo de Siete Mares"),
    ("seven seas soup", "Caldo de Siete Mares"),
    ("shrimp soup", "Caldo de Camarón"),
    ("caldo", ASK),
    # tacos
    ("tres tacos gobernador", "Taco Gobernador", None, 3),
    ("taco governador", "Taco Gobernador"),
    ("two fish tacos", "Taco de Pescado", None, 2),
    ("dos tacos de camarón", "Taco de Camarón", None, 2),
    ("marlin taco", "Taco de Marlin"),
    ("a taco", ASK),
    # bebidas
    ("a michelada", "Michelada"),
    ("mexican coke", "Coca de Vidrio"),
    ("jamaica", "Agua de Jamaica"),
    ("horchata", "Agua de Horchata"),
    ("agua fresca", ASK),
    # not on the menu
    ("lobster", UNKNOWN),
    ("taco de pulpo", UNKNOWN),
    ("aguachile de pulpo", UNKNOWN),
    ("camarones a la cucaracha", UNKNOWN),
    ("crab legs", UNKNOWN),
    ("enchiladas de camarón", UNKNOWN),
    ("carne asada", UNKNOWN),
]
