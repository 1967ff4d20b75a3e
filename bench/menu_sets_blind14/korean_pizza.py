"""A Korean pizza chain's US branch (the pattern of the take-out menus of Korean pizza chains in
Koreatown Los Angeles, Fort Lee, Flushing and Annandale): bulgogi, potato, sweet potato (goguma),
galbi, shrimp gold and super supreme pizzas in R or L, a sweet potato mousse or cheese crust
edge, chicken wings and tenders by 4 or 8 pieces, cream or tomato spaghetti, baked rice, corn
salad, pickles, colas and Chilsung cider. Names as the chain prints them: the English with the
Hangul and its romanisation. Callers say "a large bulgogi", "goguma pizza regular", "sweet potato
crust", "eight spicy wings", "cream pasta" and mishear bulgogi ("bull go ghee", "pulgogi"),
goguma ("go goo ma"), galbi ("kalbi", "gal bee"), super supreme ("super sue preem"), chilsung
("chill sung cider"). "A large potato pizza" is the plain Potato Pizza; "a crust upgrade", "eight
wings", "a spaghetti", "a salad", "a shrimp pizza", "a large soda" are questions; a kimchi
pizza, a seafood island pizza, a bacon cheddar pizza, a thin crust, tteokbokki, a corn dog and
sweet potato fries are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Korean Pizza Chain"

_CLASSIC = {"R": 19.99, "L": 24.99}
_PREMIUM = {"R": 23.99, "L": 28.99}
_EDGE = {"R": 3.0, "L": 4.0}
_PIECES = {"4 pcs": 6.99, "8 pcs": 12.99}
_SODA = {"500 ml": 2.5, "1.25 L": 3.99}

CATEGORIES: dict[str, list[Item]] = {
    "Premium Pizza": [
        ("Bulgogi Pizza (불고기 피자 Bulgogi Pija)", _PREMIUM,
         ("bulgogi beef", "mushroom", "onion", "green pepper", "mozzarella", "bulgogi sauce")),
        ("Galbi Pizza (갈비 피자 Galbi Pija)", _PREMIUM,
         ("galbi short rib", "onion", "corn", "mozzarella", "galbi sauce")),
        ("Sweet Potato Pizza (고구마 피자 Goguma Pija)", _PREMIUM,
         ("sweet potato mousse", "sweet potato", "corn", "bacon", "mozzarella")),
        ("Potato Pizza (포테이토 피자 Poteito Pija)", _PREMIUM,
         ("potato wedges", "mayonnaise", "corn", "onion", "mozzarella")),
        ("Bacon Potato Pizza (베이컨 포테이토 피자 Beikeon Poteito Pija)", _PREMIUM,
         ("potato wedges", "bacon", "mayonnaise", "mozzarella")),
        ("Shrimp Gold Pizza (쉬림프 골드 피자 Swirimpeu Goldeu Pija)", _PREMIUM,
         ("shrimp", "pineapple", "olive", "garlic sauce", "mozzarella")),
        ("Black Tiger Shrimp Pizza (블랙타이거 쉬림프 Beullaek Taigeo Swirimpeu)", _PREMIUM,
         ("black tiger shrimp", "broccoli", "cream sauce", "mozzarella")),
        ("Super Supreme (슈퍼 슈프림 Syupeo Syupeurim)", _PREMIUM,
         ("pepperoni", "sausage", "beef", "ham", "mushroom", "onion", "green pepper", "olive")),
        ("Four Seasons Pizza (포시즌 피자 Posijeun Pija)", _PREMIUM,
         ("bulgogi", "potato", "sweet potato", "super supreme quarters")),
        ("Hot Chicken Pizza (핫치킨 피자 Hat Chikin Pija)", _PREMIUM,
         ("spicy chicken", "jalapeño", "onion", "gochujang sauce", "mozzarella")),
    ],
    "Classic Pizza": [
        ("Pepperoni Pizza (페퍼로니 피자 Pepeoroni Pija)", _CLASSIC, ("pepperoni", "mozzarella")),
        ("Cheese Pizza (치즈 피자 Chijeu Pija)", _CLASSIC, ("mozzarella", "cheddar", "tomato sauce")),
        ("Combination Pizza (콤비네이션 피자 Kombineisyeon Pija)", _CLASSIC,
         ("pepperoni", "ham", "beef", "mushroom", "onion", "green pepper")),
        ("Hawaiian Pizza (하와이안 피자 Hawaian Pija)", _CLASSIC, ("ham", "pineapple", "mozzarella")),
        ("Bulgogi Cheese Pizza (불고기 치즈 피자 Bulgogi Chijeu Pija)", _CLASSIC,
         ("bulgogi beef", "extra mozzarella")),
    ],
    "Crust Edge": [
        ("Sweet Potato Mousse Crust (고구마 무스 엣지 Goguma Museu Ejji)", _EDGE),
        ("Cheese Crust (치즈 크러스트 Chijeu Keureoseuteu)", _EDGE),
    ],
    "Side Dishes": [
        ("Original Chicken Wings (오리지널 치킨윙)", _PIECES),
        ("Spicy Chicken Wings (매운 치킨윙)", _PIECES),
        ("Chicken Tenders (치킨 텐더)", _PIECES),
        ("Cream Spaghetti (크림 스파게티 Keurim Seupagetti)", 7.99, ("bacon", "mushroom", "cream")),
        ("Tomato Spaghetti (토마토 스파게티 Tomato Seupagetti)", 7.99, ("beef", "tomato sauce")),
        ("Cheese Baked Rice (치즈 오븐 라이스)", 8.99, ("fried rice", "bulgogi", "mozzarella")),
        ("Potato Wedges (웨지감자)", 4.99),
        ("Mozzarella Cheese Sticks (치즈스틱)", {"4 pcs": 4.99, "8 pcs": 8.99}),
        ("Corn Salad (콘샐러드)", 3.99, ("sweet corn", "mayonnaise")),
        ("Caesar Salad (시저 샐러드)", 6.99, ("romaine", "croutons", "parmesan")),
        ("Churros (츄러스)", 4.49, ("cinnamon sugar",)),
    ],
    "Sauces & Pickles": [
        ("Pickles (피클)", 0.5),
        ("Garlic Dipping Sauce (갈릭 디핑 소스)", 0.75),
        ("Hot Sauce (핫소스)", 0.25),
    ],
    "Drinks": [
        ("Coca-Cola (코카콜라)", _SODA),
        ("Coca-Cola Zero (코카콜라 제로)", _SODA),
        ("Sprite (스프라이트)", _SODA),
        ("Chilsung Cider (칠성사이다)", _SODA),
    ],
}

SPECIALS: tuple[str, ...] = ("Four Seasons Pizza (포시즌 피자 Posijeun Pija)",)

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # premium pizzas
    ("a large bulgogi", "Bulgogi Pizza (불고기 피자 Bulgogi Pija)", "l"),
    ("bull go ghee pizza regular", "Bulgogi Pizza (불고기 피자 Bulgogi Pija)", "r"),
    ("two pulgogi pizzas large", "Bulgogi Pizza (불고기 피자 Bulgogi Pija)", "l", 2),
    ("kalbi pizza", "Galbi Pizza (갈비 피자 Galbi Pija)"),
    ("a gal bee pizza large", "Galbi Pizza (갈비 피자 Galbi Pija)", "l"),
    ("goguma pizza regular", "Sweet Potato Pizza (고구마 피자 Goguma Pija)", "r"),
    ("a large sweet potato pizza", "Sweet Potato Pizza (고구마 피자 Goguma Pija)", "l"),
    ("go goo ma pija", "Sweet Potato Pizza (고구마 피자 Goguma Pija)"),
    ("a large potato pizza", "Potato Pizza (포테이토 피자 Poteito Pija)", "l"),
    ("bacon potato pizza", "Bacon Potato Pizza (베이컨 포테이토 피자 Beikeon Poteito Pija)"),
    ("shrimp gold regular", "Shrimp Gold Pizza (쉬림프 골드 피자 Swirimpeu Goldeu Pija)", "r"),
    ("black tiger shrimp large", "Black Tiger Shrimp Pizza (블랙타이거 쉬림프 Beullaek Taigeo Swirimpeu)",
     "l"),
    ("a shrimp pizza", ASK),
    ("super supreme large", "Super Supreme (슈퍼 슈프림 Syupeo Syupeurim)", "l"),
    ("a super sue preem", "Super Supreme (슈퍼 슈프림 Syupeo Syupeurim)"),
    ("four seasons pizza regular", "Four Seasons Pizza (포시즌 피자 Posijeun Pija)", "r"),
    ("the four season", "Four Seasons Pizza (포시즌 피자 Posijeun Pija)"),
    ("hot chicken pizza", "Hot Chicken Pizza (핫치킨 피자 Hat Chikin Pija)"),
    ("a spicy chicken pizza large", "Hot Chicken Pizza (핫치킨 피자 Hat Chikin Pija)", "l"),
    # classic pizzas
    ("a regular pepperoni", "Pepperoni Pizza (페퍼로니 피자 Pepeoroni Pija)", "r"),
    ("large cheese pizza", "Cheese Pizza (치즈 피자 Chijeu Pija)", "l"),
    ("combination pizza", "Combination Pizza (콤비네이션 피자 Kombineisyeon Pija)"),
    ("a combo pizza large", "Combination Pizza (콤비네이션 피자 Kombineisyeon Pija)", "l"),
    ("hawaiian regular", "Hawaiian Pizza (하와이안 피자 Hawaian Pija)", "r"),
    ("bulgogi cheese pizza", "Bulgogi Cheese Pizza (불고기 치즈 피자 Bulgogi Chijeu Pija)"),
    ("a large pizza", ASK),
    # crust
    ("sweet potato crust large", "Sweet Potato Mousse Crust (고구마 무스 엣지 Goguma Museu Ejji)", "l"),
    ("goguma mousse edge", "Sweet Potato Mousse Crust (고구마 무스 엣지 Goguma Museu Ejji)"),
    ("cheese crust regular", "Cheese Crust (치즈 크러스트 Chijeu Keureoseuteu)", "r"),
    ("a crust upgrade", ASK),
    # sides
    ("eight spicy wings", "Spicy Chicken Wings (매운 치킨윙)", "8 pcs"),
    ("four original wings", "Original Chicken Wings (오리지널 치킨윙)", "4 pcs"),
    ("eight wings", ASK),
    ("chicken tenders four pieces", "Chicken Tenders (치킨 텐더)", "4 pcs"),
    ("cream pasta", "Cream Spaghetti (크림 스파게티 Keurim Seupagetti)"),
    ("two tomato spaghetti", "Tomato Spaghetti (토마토 스파게티 Tomato Seupagetti)", None, 2),
    ("a spaghetti", ASK),
    ("cheese baked rice", "Cheese Baked Rice (치즈 오븐 라이스)"),
    ("potato wedges", "Potato Wedges (웨지감자)"),
    ("eight cheese sticks", "Mozzarella Cheese Sticks (치즈스틱)", "8 pcs"),
    ("corn salad", "Corn Salad (콘샐러드)"),
    ("caesar salad", "Caesar Salad (시저 샐러드)"),
    ("a salad", ASK),
    ("churros", "Churros (츄러스)"),
    ("extra pickles", "Pickles (피클)"),
    ("two garlic dipping sauce", "Garlic Dipping Sauce (갈릭 디핑 소스)", None, 2),
    # drinks
    ("a 1.25 liter coke", "Coca-Cola (코카콜라)", "1.25 l"),
    ("coke zero 500 ml", "Coca-Cola Zero (코카콜라 제로)", "500 ml"),
    ("a sprite", "Sprite (스프라이트)"),
    ("chill sung cider 1.25 liter", "Chilsung Cider (칠성사이다)", "1.25 l"),
    ("a large soda", ASK),
    # not on the menu
    ("kimchi pizza", UNKNOWN),
    ("seafood island pizza", UNKNOWN),
    ("bacon cheddar pizza", UNKNOWN),
    ("thin crust", UNKNOWN),
    ("tteokbokki", UNKNOWN),
    ("a corn dog", UNKNOWN),
    ("sweet potato fries", UNKNOWN),
]
