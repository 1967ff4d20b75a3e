"""A Peruvian restaurant menu (the pattern of US Peruvian pollerías and cevicherías): Spanish
names with their accents, the rotisserie chicken by the quarter, half or whole, three saltados
(beef, chicken, beef with noodles), chaufa and seafood rice, ceviches, drinks by can, bottle,
glass or pitcher. Callers mispronounce the Spanish (saltato, gayina, halea), drop "arroz" or
"de", and use English for what the menu's ingredients make plain."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Peruvian restaurant"

CATEGORIES: dict[str, list[Item]] = {
    "Pollo a la Brasa": [
        ("Pollo a la Brasa", {"Quarter": 9.5, "Half": 15.0, "Whole": 26.0},
         ("rotisserie chicken", "fries", "salad")),
    ],
    "Entradas": [
        ("Ceviche de Pescado", 17.0, ("fish", "lime", "red onion", "sweet potato", "choclo")),
        ("Ceviche Mixto", 20.0, ("fish", "shrimp", "squid", "octopus", "lime")),
        ("Leche de Tigre", 11.0, ("lime", "fish", "ají", "choclo")),
        ("Papa a la Huancaína", 9.0, ("potato", "huancaína sauce", "egg", "olive")),
        ("Causa Limeña", 11.0, ("yellow potato", "chicken", "avocado", "ají amarillo")),
        ("Anticuchos", 14.0, ("beef heart", "ají panca", "potato")),
        ("Choclo con Queso", 8.0, ("peruvian corn", "fresh cheese")),
        ("Yuca Frita", 7.0, ("yuca", "huancaína sauce")),
    ],
    "Platos de Fondo": [
        ("Lomo Saltado", 22.0, ("beef tenderloin", "red onion", "tomato", "soy sauce", "fries", "rice")),
        ("Pollo Saltado", 18.0, ("chicken", "red onion", "tomato", "soy sauce", "fries", "rice")),
        ("Tallarín Saltado", 20.0, ("beef", "linguine", "red onion", "tomato", "soy sauce")),
        ("Ají de Gallina", 17.0, ("shredded chicken", "ají amarillo", "walnut", "egg", "rice")),
        ("Arroz Chaufa de Pollo", 16.0, ("chicken", "rice", "egg", "scallion", "soy sauce")),
        ("Arroz Chaufa de Mariscos", 20.0, ("shrimp", "squid", "rice", "egg", "scallion", "soy sauce")),
        ("Arroz con Mariscos", 22.0, ("shrimp", "squid", "mussels", "rice", "ají panca")),
        ("Jalea", 23.0, ("fried fish", "fried shrimp", "fried squid", "yuca", "salsa criolla")),
        ("Seco de Res", 19.0, ("beef", "cilantro", "canary beans", "rice")),
        ("Tacu Tacu", 16.0, ("rice", "canary beans", "fried egg")),
        ("Bistec a lo Pobre", 22.0, ("steak", "fried egg", "sweet plantain", "fries", "rice")),
    ],
    "Acompañantes": [
        ("Papas Fritas", 4.5, ("potato",)),
        ("Plátanos Fritos", 5.0, ("sweet plantain",)),
        ("Arroz Blanco", 3.0, ("rice",)),
    ],
    "Bebidas": [
        ("Inca Kola", {"Can": 2.5, "2 Liter": 5.5}),
        ("Chicha Morada", {"Glass": 4.0, "Pitcher": 13.0}, ("purple corn", "pineapple", "cinnamon", "clove")),
        ("Jugo de Maracuyá", 5.0, ("passion fruit",)),
        ("Pisco Sour", 11.0, ("pisco", "lime", "egg white")),
        ("Cusqueña", 6.5, ("beer",)),
    ],
    "Postres": [
        ("Alfajores", 5.0, ("dulce de leche", "shortbread")),
        ("Picarones", 8.0, ("squash", "sweet potato", "chancaca syrup")),
        ("Suspiro a la Limeña", 7.0, ("dulce de leche", "meringue", "port")),
        ("Tres Leches", 7.0, ("sponge cake", "milk")),
    ],
}

SPECIALS: tuple[str, ...] = ()

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # saltados and other mains
    ("lomo saltado", "Lomo Saltado"),
    ("lomo saltato", "Lomo Saltado"),
    ("two loma saltados", "Lomo Saltado", None, 2),
    ("beef stir fry", ASK),  # lomo saltado or tallarín saltado
    ("a saltado", ASK),
    ("chicken saltado", "Pollo Saltado"),
    ("tallarin saltado", "Tallarín Saltado"),
    ("saltado with noodles", "Tallarín Saltado"),
    ("aji de gallina", "Ají de Gallina"),
    ("ahi de gayina", "Ají de Gallina"),
    ("chaufa", ASK),  # chicken or seafood
    ("chicken chaufa", "Arroz Chaufa de Pollo"),
    ("seafood chaufa", "Arroz Chaufa de Mariscos"),
    ("seafood rice", ASK),  # arroz con mariscos or the seafood chaufa
    ("arroz con mariscos", "Arroz con Mariscos"),
    ("halea", "Jalea"),
    ("seco de res", "Seco de Res"),
    ("taku taku", "Tacu Tacu"),
    ("steak a lo pobre", "Bistec a lo Pobre"),
    ("chicken", ASK),
    ("beef", ASK),
    # rotisserie chicken
    ("half a chicken", "Pollo a la Brasa", "half"),
    ("a whole rotisserie chicken", "Pollo a la Brasa", "whole"),
    ("two quarter chickens", "Pollo a la Brasa", "quarter", 2),
    ("pollo a la brasa", "Pollo a la Brasa"),
    # entradas
    ("ceviche", ASK),  # pescado or mixto
    ("fish ceviche", "Ceviche de Pescado"),
    ("cebiche de pescado", "Ceviche de Pescado"),
    ("mixed ceviche", "Ceviche Mixto"),
    ("leche de tigre", "Leche de Tigre"),
    ("papa huancaina", "Papa a la Huancaína"),
    ("causa", "Causa Limeña"),
    ("beef heart skewers", "Anticuchos"),
    ("two orders of anticuchos", "Anticuchos", None, 2),
    ("corn with cheese", "Choclo con Queso"),
    ("fried yucca", "Yuca Frita"),
    # sides
    ("french fries", "Papas Fritas"),
    ("sweet plantains", "Plátanos Fritos"),
    ("white rice", "Arroz Blanco"),
    # drinks and desserts
    ("inca kola", "Inca Kola"),
    ("a 2 liter inca kola", "Inca Kola", "2 liter", 1),
    ("uh two cans of inka cola", "Inca Kola", "can", 2),
    ("a pitcher of chicha", "Chicha Morada", "pitcher"),
    ("purple corn drink", "Chicha Morada"),
    ("passion fruit juice", "Jugo de Maracuyá"),
    ("maracuya juice", "Jugo de Maracuyá"),
    ("two pisco sours", "Pisco Sour", None, 2),
    ("a cusquena", "Cusqueña"),
    ("alfajores", "Alfajores"),
    ("picarones", "Picarones"),
    ("suspiro limeno", "Suspiro a la Limeña"),
    ("tres leches cake", "Tres Leches"),
    # not on the menu
    ("arroz con pollo", UNKNOWN),
    ("chicken anticuchos", UNKNOWN),
    ("salchipapas", UNKNOWN),
    ("empanadas", UNKNOWN),
    ("cuy", UNKNOWN),
    ("tamales", UNKNOWN),
]
