#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate the synthetic sample corpora shipped in ``data-samples/``.

Every text produced here is written for the Verbo project: it is assembled
compositionally from the templates and phrase banks in this file.  No
third-party text is used.  The output is fully deterministic (fixed seed,
no dependence on hash ordering, the clock or the locale), so running the
script twice gives byte-identical files.

Usage (from anywhere; paths are resolved relative to this file)::

    python3 data-samples/generate_samples.py

Python 3 standard library only.
"""

import csv
import io
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter

SEED = 20261126
HERE = os.path.dirname(os.path.abspath(__file__))

N_REVIEWS_CSV = 3400
N_REVIEWS_JSONL = 300
N_CORPUS_LINES = 2000
MAX_WORDS = 120
OVERSIZE_CHARS = 120_000

STARS = [1, 2, 3, 4, 5]
STAR_WEIGHTS = [16, 12, 15, 22, 35]

# ---------------------------------------------------------------------------
# Template mini-language
# ---------------------------------------------------------------------------
# {a|b}   -> a when the current noun is singular, b when plural
# {N}     -> noun with definite article   (el altavoz / the speaker)
# {n}     -> bare noun                    (altavoz / speaker)
# {un}    -> noun with indefinite article (un altavoz / a speaker)
# {lo}    -> Spanish object pronoun lo/la/los/las   ({Lo} capitalised)
# {o}     -> Spanish adjective ending o/a/os/as
# {s}     -> "" / "s"     {_es} -> "" / "es"
# {este}  -> este/esta/estos/estas ({Este} capitalised)
# {this}  -> this X / these X      ({This} capitalised)
# other keys are generators (numbers, prices, urls, relatives ...)

# ---------------------------------------------------------------------------
# Aspects: key -> {"es": (noun, gender, number, pos_preds, neg_preds),
#                  "en": (noun, plural, pos_preds, neg_preds)}
# ---------------------------------------------------------------------------
ASPECTS = {
    "battery": {
        "es": ("batería", "f", "s",
               ["dura casi dos días", "aguanta todo el día sin problema", "carga en menos de una hora"],
               ["no dura ni medio día", "tarda una eternidad en cargar", "se descarga sola por la noche"]),
        "en": ("battery", False,
               ["lasts almost two days", "easily gets me through the day", "charges in under an hour"],
               ["barely lasts half a day", "takes forever to charge", "drains overnight for no reason"]),
    },
    "sound": {
        "es": ("sonido", "m", "s",
               ["es nítido y con buenos graves", "se oye clarísimo", "llena el salón sin distorsionar"],
               ["suena enlatado", "se distorsiona en cuanto subes el volumen", "chisporrotea todo el rato"]),
        "en": ("sound", False,
               ["is crisp with solid bass", "is crystal clear", "fills the whole room without distortion"],
               ["sounds tinny", "distorts as soon as you turn it up", "crackles all the time"]),
    },
    "screen": {
        "es": ("pantalla", "f", "s",
               ["se ve de maravilla incluso al sol", "tiene unos colores preciosos", "de 6,1 pulgadas se ve de lujo"],
               ["vino con un píxel muerto", "se raya con solo mirarla", "se ve oscurísima", "de 3.5 pulgadas se queda pequeñísima"]),
        "en": ("screen", False,
               ["looks amazing even in direct sunlight", "has gorgeous colors", "at 6.1 inches is just right"],
               ["arrived with a dead pixel", "scratches if you just look at it", "is way too dim", "at 3.5 inches is way too small"]),
    },
    "bt": {
        "es": ("conexión bluetooth", "f", "s",
               ["es estable y empareja a la primera", "no se corta nunca"],
               ["se corta cada dos por tres", "pierde la señal en cuanto te alejas un metro"]),
        "en": ("bluetooth connection", False,
               ["is stable and pairs instantly", "never drops"],
               ["drops every few minutes", "loses signal if you walk a few feet away"]),
    },
    "mic": {
        "es": ("micrófono", "m", "s",
               ["capta la voz perfectamente", "filtra muy bien el ruido de fondo"],
               ["hace que no me oigan en las llamadas", "capta todo el ruido de la calle"]),
        "en": ("microphone", False,
               ["picks up my voice perfectly", "filters background noise really well"],
               ["makes me sound like I'm underwater", "picks up every bit of street noise"]),
    },
    "buttons": {
        "es": ("botones", "m", "p",
               ["responden bien y tienen buen tacto"],
               ["se quedan atascados", "son durísimos de pulsar"]),
        "en": ("buttons", True,
               ["are responsive and feel solid"],
               ["keep getting stuck", "are really hard to press"]),
    },
    "app": {
        "es": ("aplicación", "f", "s",
               ["es sencilla e intuitiva", "se actualiza a menudo y va fina"],
               ["se cuelga cada vez que la abro", "te obliga a registrarte para todo"]),
        "en": ("app", False,
               ["is simple and intuitive", "gets regular updates and runs smoothly"],
               ["crashes every time I open it", "makes you create an account for everything"]),
    },
    "design": {
        "es": ("diseño", "m", "s",
               ["es elegante y muy ligero", "queda precioso en cualquier sitio"],
               ["es tosco y anticuado", "parece de juguete"]),
        "en": ("design", False,
               ["is sleek and lightweight", "looks great anywhere"],
               ["is clunky and dated", "looks like a toy"]),
    },
    "camera": {
        "es": ("calidad de imagen", "f", "s",
               ["es sorprendente para el precio", "es nítida incluso de noche"],
               ["es borrosa en cuanto hay poca luz", "deja mucho que desear"]),
        "en": ("picture quality", False,
               ["is amazing for the price", "stays sharp even at night"],
               ["gets blurry in low light", "leaves a lot to be desired"]),
    },
    "cable": {
        "es": ("cable", "m", "s",
               ["es largo y parece resistente"],
               ["empezó a pelarse a las dos semanas", "es cortísimo"]),
        "en": ("cable", False,
               ["is long and feels sturdy"],
               ["started fraying after two weeks", "is ridiculously short"]),
    },
    "charging": {
        "es": ("carga", "f", "s",
               ["es rapidísima"],
               ["es lentísima", "a veces ni empieza"]),
        "en": ("charging", False,
               ["is super fast"],
               ["is painfully slow", "sometimes doesn't even start"]),
    },
    "nonstick": {
        "es": ("antiadherente", "m", "s",
               ["funciona de verdad, no se pega nada"],
               ["se despegó a las pocas semanas", "deja que se pegue hasta el agua"]),
        "en": ("non-stick coating", False,
               ["actually works, nothing sticks"],
               ["started peeling after a few weeks", "lets everything stick, even eggs"]),
    },
    "handle": {
        "es": ("mango", "m", "s",
               ["no se calienta y agarra bien"],
               ["se calienta muchísimo", "quedó flojo al segundo uso"]),
        "en": ("handle", False,
               ["stays cool and has a good grip"],
               ["gets scorching hot", "came loose after the second use"]),
    },
    "lid": {
        "es": ("tapa", "f", "s",
               ["cierra perfectamente"],
               ["no encaja bien", "se rompió al primer golpe"]),
        "en": ("lid", False,
               ["seals perfectly"],
               ["doesn't fit properly", "cracked the first time it fell"]),
    },
    "motor": {
        "es": ("motor", "m", "s",
               ["tiene muchísima potencia", "es potente y silencioso"],
               ["se calienta y huele a quemado", "hace un ruido infernal"]),
        "en": ("motor", False,
               ["has plenty of power", "is powerful and quiet"],
               ["overheats and smells like burning", "makes a horrible grinding noise"]),
    },
    "cleaning": {
        "es": ("limpieza", "f", "s",
               ["es facilísima, todo va al lavavajillas"],
               ["es un suplicio, quedan restos en todos los rincones"]),
        "en": ("cleanup", False,
               ["is a breeze, everything goes in the dishwasher"],
               ["is a nightmare, gunk gets stuck in every corner"]),
    },
    "size": {
        "es": ("tamaño", "m", "s",
               ["es perfecto para una familia de cuatro", "es justo el que necesitaba"],
               ["es mucho más pequeño de lo que parece en las fotos", "es enorme, no cabe en ningún sitio"]),
        "en": ("size", False,
               ["is perfect for a family of four", "is exactly what I needed"],
               ["is way smaller than it looks in the photos", "is huge, it doesn't fit anywhere"]),
    },
    "finish": {
        "es": ("acabado", "m", "s",
               ["es de calidad", "se ve muy cuidado"],
               ["es muy cutre", "tiene rebabas por todas partes"]),
        "en": ("finish", False,
               ["is high quality", "looks really well made"],
               ["looks cheap", "has rough edges everywhere"]),
    },
    "blades": {
        "es": ("cuchillas", "f", "p",
               ["cortan de maravilla", "siguen afiladas después de meses"],
               ["se oxidaron enseguida", "no cortan ni la mantequilla"]),
        "en": ("blades", True,
               ["cut beautifully", "are still sharp after months"],
               ["rusted almost immediately", "couldn't cut butter"]),
    },
    "coffee": {
        "es": ("café", "m", "s",
               ["sale cremoso y bien caliente"],
               ["sale aguado y tibio"]),
        "en": ("coffee", False,
               ["comes out rich and piping hot"],
               ["comes out watery and lukewarm"]),
    },
    "noise": {
        "es": ("ruido", "m", "s",
               ["es mínimo, casi no se oye"],
               ["es insoportable", "despierta a toda la casa"]),
        "en": ("noise level", False,
               ["is minimal, you barely hear it"],
               ["is unbearable", "wakes up the whole house"]),
    },
    "instructions": {
        "es": ("instrucciones", "f", "p",
               ["son claras y vienen en español"],
               ["vienen solo en chino", "no hay quien las entienda"]),
        "en": ("instructions", True,
               ["are clear and easy to follow"],
               ["are only in Chinese", "make no sense at all"]),
    },
    "material": {
        "es": ("material", "m", "s",
               ["es resistente y se nota de calidad"],
               ["es plástico del más barato", "se agrietó enseguida"]),
        "en": ("material", False,
               ["feels sturdy and high quality"],
               ["is the cheapest plastic imaginable", "cracked almost right away"]),
    },
    "assembly": {
        "es": ("montaje", "m", "s",
               ["es sencillo, en diez minutos listo"],
               ["es una pesadilla, faltaban tornillos"]),
        "en": ("assembly", False,
               ["is simple, done in ten minutes"],
               ["is a nightmare, screws were missing"]),
    },
    "plot": {
        "es": ("trama", "f", "s",
               ["engancha desde la primera página", "está llena de giros"],
               ["es predecible", "se hace eterna"]),
        "en": ("plot", False,
               ["hooks you from page one", "is full of twists"],
               ["is predictable", "drags on forever"]),
    },
    "characters": {
        "es": ("personajes", "m", "p",
               ["están muy bien construidos", "son entrañables"],
               ["son planos", "no tienen ningún carisma"]),
        "en": ("characters", True,
               ["are really well developed", "are so endearing"],
               ["are flat", "have zero personality"]),
    },
    "ending": {
        "es": ("final", "m", "s",
               ["me dejó con la boca abierta", "es redondo"],
               ["es precipitado", "me pareció una tomadura de pelo"]),
        "en": ("ending", False,
               ["left me speechless", "ties everything together"],
               ["feels rushed", "felt like a total cop-out"]),
    },
    "translation": {
        "es": ("traducción", "f", "s",
               ["es fluida y cuidada"],
               ["está llena de errores", "parece hecha con un traductor automático"]),
        "en": ("translation", False,
               ["reads smoothly"],
               ["is full of errors", "reads like bad machine translation"]),
    },
    "edition": {
        "es": ("edición", "f", "s",
               ["es preciosa, con tapa dura", "está muy cuidada"],
               ["tiene la letra diminuta", "vino con páginas en blanco"]),
        "en": ("edition", False,
               ["is beautiful, hardcover", "is really well put together"],
               ["has tiny print", "came with blank pages"]),
    },
    "illustrations": {
        "es": ("ilustraciones", "f", "p",
               ["son preciosas", "encantan a los niños"],
               ["están pixeladas", "son en blanco y negro aunque la portada engaña"]),
        "en": ("illustrations", True,
               ["are gorgeous", "are a big hit with the kids"],
               ["are pixelated", "are black and white even though the cover suggests otherwise"]),
    },
    "pace": {
        "es": ("ritmo", "m", "s",
               ["es trepidante"],
               ["es lentísimo en la primera mitad"]),
        "en": ("pacing", False,
               ["is relentless"],
               ["is painfully slow in the first half"]),
    },
    "recipes": {
        "es": ("recetas", "f", "p",
               ["son fáciles y salen riquísimas"],
               ["llevan ingredientes imposibles de encontrar"]),
        "en": ("recipes", True,
               ["are easy and turn out delicious"],
               ["call for ingredients you can't find anywhere"]),
    },
    "cover": {
        "es": ("portada", "f", "s",
               ["es preciosa"],
               ["llegó doblada"]),
        "en": ("cover", False,
               ["is beautiful"],
               ["arrived bent"]),
    },
    "pieces": {
        "es": ("piezas", "f", "p",
               ["encajan perfectamente", "son robustas"],
               ["no encajan", "se rompen con mirarlas"]),
        "en": ("pieces", True,
               ["fit together perfectly", "are sturdy"],
               ["don't fit together", "snap if you look at them funny"]),
    },
    "remote": {
        "es": ("mando", "m", "s",
               ["tiene muy buen alcance"],
               ["deja de responder a los dos metros"]),
        "en": ("remote", False,
               ["has great range"],
               ["stops responding after a few feet"]),
    },
    "colors": {
        "es": ("colores", "m", "p",
               ["son vivos y alegres"],
               ["no son los de la foto"]),
        "en": ("colours", True,
               ["are bright and cheerful"],
               ["look nothing like the photos"]),
    },
    "box": {
        "es": ("caja", "f", "s",
               ["es preciosa para regalar"],
               ["llegó destrozada"]),
        "en": ("box", False,
               ["is lovely for gifting"],
               ["arrived crushed"]),
    },
    "sizing": {
        "es": ("talla", "f", "s",
               ["es la de siempre, acerté a la primera", "es exacta"],
               ["es mucho más pequeña de lo normal", "no corresponde con la tabla de medidas"]),
        "en": ("sizing", False,
               ["is true to size", "is spot on"],
               ["runs really small", "doesn't match the size chart at all"]),
    },
    "fabric": {
        "es": ("tela", "f", "s",
               ["es suave y fresquita", "es gruesa y de calidad"],
               ["pica muchísimo", "es finísima, se transparenta"]),
        "en": ("fabric", False,
               ["is soft and breathable", "is thick and good quality"],
               ["is super itchy", "is so thin it's see-through"]),
    },
    "seams": {
        "es": ("costuras", "f", "p",
               ["están bien rematadas"],
               ["se abrieron al primer lavado"]),
        "en": ("seams", True,
               ["are well finished"],
               ["split after the first wash"]),
    },
    "colour": {
        "es": ("color", "m", "s",
               ["es precioso, igual que en la foto"],
               ["destiñe en cada lavado", "no tiene nada que ver con la foto"]),
        "en": ("color", False,
               ["is gorgeous, exactly like the photo"],
               ["bleeds every wash", "looks nothing like the photo"]),
    },
    "zip": {
        "es": ("cremallera", "f", "s",
               ["es resistente y corre bien"],
               ["se atascó el primer día", "se rompió a la semana"]),
        "en": ("zipper", False,
               ["is sturdy and runs smoothly"],
               ["got stuck on day one", "broke within a week"]),
    },
    "fit": {
        "es": ("corte", "m", "s",
               ["es favorecedor", "sienta de maravilla"],
               ["hace unas arrugas rarísimas", "es rarísimo"]),
        "en": ("fit", False,
               ["is really flattering"],
               ["is weird and boxy"]),
    },
    "sole": {
        "es": ("suela", "f", "s",
               ["agarra bien y es cómoda"],
               ["se despegó al mes", "resbala muchísimo"]),
        "en": ("sole", False,
               ["grips well and feels comfortable"],
               ["came unglued after a month", "is slippery as ice"]),
    },
    "smell": {
        "es": ("olor", "m", "s",
               ["es suave y dura todo el día", "es una delicia"],
               ["es mareante", "es a química pura"]),
        "en": ("scent", False,
               ["is subtle and lasts all day", "is lovely"],
               ["is overpowering", "smells like chemicals"]),
    },
    "texture": {
        "es": ("textura", "f", "s",
               ["es ligera y se absorbe enseguida"],
               ["es grasienta", "deja la piel pegajosa"]),
        "en": ("texture", False,
               ["is light and absorbs quickly"],
               ["is greasy", "leaves my skin sticky"]),
    },
    "bottle": {
        "es": ("envase", "m", "s",
               ["es práctico y bonito"],
               ["llegó abierto", "gotea por todas partes"]),
        "en": ("bottle", False,
               ["is practical and pretty"],
               ["arrived open", "leaks everywhere"]),
    },
    "pump": {
        "es": ("dosificador", "m", "s",
               ["funciona perfecto"],
               ["se atasca cada dos por tres"]),
        "en": ("pump", False,
               ["works perfectly"],
               ["keeps jamming"]),
    },
    "effect": {
        "es": ("resultado", "m", "s",
               ["se nota desde la primera semana", "es increíble, la piel queda como nueva"],
               ["es nulo", "no se nota en absoluto"]),
        "en": ("results", True,
               ["showed up within the first week", "are amazing, my skin feels brand new"],
               ["are nonexistent", "are basically invisible"]),
    },
    "lasting": {
        "es": ("duración", "f", "s",
               ["es de más de ocho horas"],
               ["es de media hora como mucho"]),
        "en": ("staying power", False,
               ["is over eight hours"],
               ["is half an hour, tops"]),
    },
    "heat": {
        "es": ("temperatura", "f", "s",
               ["se regula muy bien"],
               ["quema el pelo", "no calienta lo suficiente"]),
        "en": ("heat settings", True,
               ["are easy to adjust"],
               ["fry your hair", "never get hot enough"]),
    },
    "light": {
        "es": ("luz", "f", "s",
               ["es cálida y acogedora", "ilumina muchísimo"],
               ["es tenue", "parpadea sin parar"]),
        "en": ("light", False,
               ["is warm and cozy", "is really bright"],
               ["is dim", "flickers nonstop"]),
    },
    "durability": {
        "es": ("resistencia", "f", "s",
               ["es a prueba de todo, aguantó el invierno entero"],
               ["es nula, se rompió con el primer golpe de viento"]),
        "en": ("durability", False,
               ["is impressive, it survived the whole winter"],
               ["is nonexistent, it broke in the first gust of wind"]),
    },
    "connectors": {
        "es": ("conectores", "m", "p",
               ["no pierden ni una gota"],
               ["pierden agua por todos lados"]),
        "en": ("connectors", True,
               ["don't leak a drop"],
               ["leak everywhere"]),
    },
    "seeds": {
        "es": ("germinación", "f", "s",
               ["fue casi del cien por cien"],
               ["fue nula, no salió ni una"]),
        "en": ("germination rate", False,
               ["was almost 100%"],
               ["was zero, not a single one sprouted"]),
    },
    "grip": {
        "es": ("agarre", "m", "s",
               ["es firme incluso sudando"],
               ["resbala en cuanto sudas"]),
        "en": ("grip", False,
               ["stays firm even when sweaty"],
               ["gets slippery as soon as you sweat"]),
    },
    "weight": {
        "es": ("peso", "m", "s",
               ["es el indicado"],
               ["no coincide con lo que pone"]),
        "en": ("weight", False,
               ["is spot on"],
               ["doesn't match what's printed on it"]),
    },
    "straps": {
        "es": ("correas", "f", "p",
               ["son cómodas y regulables"],
               ["se descosieron en la primera excursión"]),
        "en": ("straps", True,
               ["are comfy and adjustable"],
               ["came apart on the first hike"]),
    },
    "stability": {
        "es": ("estabilidad", "f", "s",
               ["es total, no se mueve nada"],
               ["es un chiste, se tambalea"]),
        "en": ("stability", False,
               ["is rock solid"],
               ["is a joke, it wobbles"]),
    },
    "padding": {
        "es": ("acolchado", "m", "s",
               ["es gordito y cómodo"],
               ["es finísimo, se nota el suelo"]),
        "en": ("padding", False,
               ["is thick and comfy"],
               ["is paper thin, you feel the floor"]),
    },
    "suction": {
        "es": ("potencia de succión", "f", "s",
               ["es brutal, no deja ni una miga"],
               ["es ridícula, lo deja todo igual"]),
        "en": ("suction", False,
               ["is insane, it picks up every crumb"],
               ["is pathetic, it leaves everything behind"]),
    },
    "comfort": {
        "es": ("comodidad", "f", "s",
               ["es de otro nivel"],
               ["brilla por su ausencia"]),
        "en": ("comfort", False,
               ["is next level"],
               ["is nonexistent"]),
    },
    "clasp": {
        "es": ("cierre", "m", "s",
               ["es seguro"],
               ["se abre solo"]),
        "en": ("clasp", False,
               ["is secure"],
               ["pops open by itself"]),
    },
}

# ---------------------------------------------------------------------------
# Categories: items (es noun, en noun, aspect keys), price range, weight
# ---------------------------------------------------------------------------
def _it(es, en, asp):
    return {"es": es, "en": en, "asp": asp}


CATEGORIES = {
    "electronics": {
        "weight": 18, "price": (15, 1500),
        "items": [
            _it(("auriculares", "m", "p"), ("headphones", True), ["battery", "sound", "bt", "mic", "buttons", "design", "charging"]),
            _it(("altavoz bluetooth", "m", "s"), ("bluetooth speaker", False), ["battery", "sound", "bt", "buttons", "design"]),
            _it(("reloj inteligente", "m", "s"), ("smartwatch", False), ["battery", "screen", "bt", "app", "design", "charging"]),
            _it(("tablet", "f", "s"), ("tablet", False), ["battery", "screen", "sound", "design", "camera", "charging"]),
            _it(("móvil", "m", "s"), ("phone", False), ["battery", "screen", "camera", "sound", "design", "charging"]),
            _it(("cámara deportiva", "f", "s"), ("action camera", False), ["battery", "camera", "app", "buttons", "mic"]),
            _it(("cargador inalámbrico", "m", "s"), ("wireless charger", False), ["charging", "cable", "design"]),
            _it(("barra de sonido", "f", "s"), ("soundbar", False), ["sound", "bt", "design", "buttons"]),
            _it(("lector de libros electrónicos", "m", "s"), ("e-reader", False), ["battery", "screen", "design", "buttons"]),
            _it(("teclado inalámbrico", "m", "s"), ("wireless keyboard", False), ["battery", "bt", "buttons", "design"]),
        ],
    },
    "kitchen": {
        "weight": 12, "price": (9, 320),
        "items": [
            _it(("sartén", "f", "s"), ("frying pan", False), ["nonstick", "handle", "size", "finish", "cleaning"]),
            _it(("cafetera", "f", "s"), ("coffee maker", False), ["coffee", "noise", "cleaning", "size", "instructions"]),
            _it(("batidora", "f", "s"), ("blender", False), ["motor", "blades", "noise", "cleaning", "lid"]),
            _it(("juego de cuchillos", "m", "s"), ("knife set", False), ["blades", "handle", "finish"]),
            _it(("olla a presión", "f", "s"), ("pressure cooker", False), ["lid", "handle", "size", "instructions", "material"]),
            _it(("freidora de aire", "f", "s"), ("air fryer", False), ["size", "cleaning", "noise", "instructions", "finish"]),
            _it(("tostadora", "f", "s"), ("toaster", False), ["finish", "noise", "size", "cleaning"]),
            _it(("termo", "m", "s"), ("thermos", False), ["lid", "material", "size"]),
            _it(("báscula de cocina", "f", "s"), ("kitchen scale", False), ["battery", "screen", "design", "finish"]),
        ],
    },
    "books": {
        "weight": 12, "price": (6, 45),
        "items": [
            _it(("novela", "f", "s"), ("novel", False), ["plot", "characters", "ending", "translation", "pace", "edition"]),
            _it(("libro de cocina", "m", "s"), ("cookbook", False), ["recipes", "edition", "illustrations", "cover"]),
            _it(("cómic", "m", "s"), ("comic book", False), ["plot", "illustrations", "characters", "edition", "cover"]),
            _it(("libro infantil", "m", "s"), ("children's book", False), ["illustrations", "plot", "edition", "cover"]),
            _it(("guía de viaje", "f", "s"), ("travel guide", False), ["edition", "cover", "translation"]),
            _it(("thriller", "m", "s"), ("thriller", False), ["plot", "characters", "ending", "pace"]),
            _it(("biografía", "f", "s"), ("biography", False), ["pace", "translation", "edition", "ending"]),
            _it(("diccionario bilingüe", "m", "s"), ("bilingual dictionary", False), ["edition", "translation", "cover"]),
        ],
    },
    "toys": {
        "weight": 10, "price": (8, 120),
        "items": [
            _it(("puzle de 1.000 piezas", "m", "s"), ("1,000-piece puzzle", False), ["pieces", "box", "colors"]),
            _it(("muñeca", "f", "s"), ("doll", False), ["material", "colors", "finish", "box"]),
            _it(("juego de mesa", "m", "s"), ("board game", False), ["pieces", "instructions", "box"]),
            _it(("coche teledirigido", "m", "s"), ("remote control car", False), ["remote", "battery", "material"]),
            _it(("peluche de pingüino", "m", "s"), ("penguin plush", False), ["material", "size", "seams"]),
            _it(("bloques de construcción", "m", "p"), ("building blocks", True), ["pieces", "colors", "box", "instructions"]),
            _it(("patinete infantil", "m", "s"), ("kids' scooter", False), ["material", "assembly", "stability"]),
            _it(("kit de ciencia", "m", "s"), ("science kit", False), ["instructions", "pieces", "box"]),
        ],
    },
    "clothing": {
        "weight": 12, "price": (7, 160),
        "items": [
            _it(("camiseta", "f", "s"), ("t-shirt", False), ["sizing", "fabric", "seams", "colour"]),
            _it(("zapatillas", "f", "p"), ("sneakers", True), ["sizing", "sole", "material", "colour"]),
            _it(("chaqueta", "f", "s"), ("jacket", False), ["zip", "fabric", "sizing", "seams", "fit"]),
            _it(("vaqueros", "m", "p"), ("jeans", True), ["fit", "fabric", "sizing", "colour"]),
            _it(("vestido", "m", "s"), ("dress", False), ["fit", "fabric", "colour", "zip"]),
            _it(("sudadera", "f", "s"), ("hoodie", False), ["fabric", "sizing", "colour", "seams"]),
            _it(("calcetines", "m", "p"), ("socks", True), ["fabric", "sizing", "seams"]),
            _it(("abrigo", "m", "s"), ("coat", False), ["fabric", "zip", "fit", "sizing"]),
        ],
    },
    "beauty": {
        "weight": 9, "price": (5, 95),
        "items": [
            _it(("crema hidratante", "f", "s"), ("moisturizer", False), ["texture", "smell", "effect", "bottle"]),
            _it(("champú", "m", "s"), ("shampoo", False), ["smell", "effect", "bottle"]),
            _it(("perfume", "m", "s"), ("perfume", False), ["smell", "lasting", "bottle"]),
            _it(("sérum", "m", "s"), ("serum", False), ["texture", "effect", "pump"]),
            _it(("secador de pelo", "m", "s"), ("hair dryer", False), ["heat", "noise", "motor", "design"]),
            _it(("protector solar", "m", "s"), ("sunscreen", False), ["texture", "smell", "effect"]),
            _it(("pintalabios", "m", "s"), ("lipstick", False), ["lasting", "texture", "colour"]),
        ],
    },
    "garden": {
        "weight": 7, "price": (4, 420),
        "items": [
            _it(("manguera extensible", "f", "s"), ("expandable garden hose", False), ["connectors", "material", "durability"]),
            _it(("cortacésped", "m", "s"), ("lawn mower", False), ["motor", "blades", "noise", "battery", "assembly"]),
            _it(("tijeras de podar", "f", "p"), ("pruning shears", True), ["blades", "handle", "material"]),
            _it(("luces solares", "f", "p"), ("solar lights", True), ["light", "battery", "durability"]),
            _it(("semillas de tomate", "f", "p"), ("tomato seeds", True), ["seeds"]),
            _it(("barbacoa", "f", "s"), ("barbecue grill", False), ["assembly", "material", "size", "finish"]),
            _it(("maceta autorriego", "f", "s"), ("self-watering planter", False), ["material", "size", "finish"]),
        ],
    },
    "sports": {
        "weight": 8, "price": (8, 650),
        "items": [
            _it(("esterilla de yoga", "f", "s"), ("yoga mat", False), ["grip", "padding", "material", "smell"]),
            _it(("mancuernas", "f", "p"), ("dumbbells", True), ["weight", "grip", "material"]),
            _it(("bicicleta estática", "f", "s"), ("exercise bike", False), ["stability", "noise", "assembly", "comfort"]),
            _it(("balón de fútbol", "m", "s"), ("soccer ball", False), ["material", "weight", "durability"]),
            _it(("raqueta de pádel", "f", "s"), ("padel racket", False), ["grip", "weight", "material", "finish"]),
            _it(("mochila de senderismo", "f", "s"), ("hiking backpack", False), ["straps", "zip", "material", "size"]),
            _it(("botella térmica", "f", "s"), ("insulated water bottle", False), ["lid", "material", "size"]),
        ],
    },
    "home": {
        "weight": 8, "price": (10, 450),
        "items": [
            _it(("lámpara de pie", "f", "s"), ("floor lamp", False), ["light", "assembly", "stability", "finish"]),
            _it(("almohada viscoelástica", "f", "s"), ("memory foam pillow", False), ["comfort", "smell", "size", "fabric"]),
            _it(("aspiradora sin cable", "f", "s"), ("cordless vacuum", False), ["suction", "battery", "noise", "design"]),
            _it(("cortinas opacas", "f", "p"), ("blackout curtains", True), ["fabric", "colour", "size"]),
            _it(("juego de sábanas", "m", "s"), ("sheet set", False), ["fabric", "sizing", "colour", "seams"]),
            _it(("silla de escritorio", "f", "s"), ("office chair", False), ["comfort", "assembly", "stability", "material"]),
            _it(("ventilador de torre", "m", "s"), ("tower fan", False), ["noise", "motor", "design", "buttons"]),
            _it(("estantería", "f", "s"), ("bookshelf", False), ["assembly", "stability", "finish", "instructions"]),
        ],
    },
    "pets": {
        "weight": 4, "price": (5, 130),
        "items": [
            _it(("cama para perro", "f", "s"), ("dog bed", False), ["comfort", "fabric", "size", "seams"]),
            _it(("rascador para gatos", "m", "s"), ("cat tree", False), ["stability", "assembly", "material"]),
            _it(("correa extensible", "f", "s"), ("retractable leash", False), ["clasp", "handle", "durability"]),
            _it(("arena para gatos", "f", "s"), ("cat litter", False), ["smell"]),
            _it(("juguete para perro", "m", "s"), ("dog toy", False), ["durability", "material", "size"]),
            _it(("fuente de agua para gatos", "f", "s"), ("cat water fountain", False), ["noise", "motor", "cleaning"]),
        ],
    },
}

# Category-specific sentences (item context), by polarity sign.
CAT_SENTENCES = {
    "electronics": {
        "es": {
            "pos": ["[sound]Pongo mi canción favorita y suena de maravilla",
                    "[bt]{Lo} conecté al móvil en dos segundos",
                    "[mic]{Lo} uso para teletrabajar y {va|van} de lujo",
                    "[battery]La batería de 5.000 mAh da para dos días de uso normal",
                    "[app|screen]Se actualizó solo nada más encender{lo}"],
            "neg": ["[bt]Se desconecta cada cinco minutos y hay que reiniciar{lo}",
                    "[app|screen]A los {k} días empezó a reiniciarse solo",
                    "[bt]Con la última actualización dejó de funcionar el bluetooth",
                    "[charging]Se calienta muchísimo mientras carga",
                    "[battery]Lo de los 5.000 mAh es mentira, no llega ni a la mitad"],
            "neu": ["[bt]{Lo} uso sobre todo con el portátil",
                    "[charging]Trae un cable USB-C, pero no el cargador",
                    "[bt|app]Es compatible con Android y con iOS",
                    "Pesa unos 250 gramos",
                    "[screen]La pantalla es de 6,1 pulgadas, ni grande ni pequeña",
                    "[screen]La pantalla es de 3.5 pulgadas, algo pequeña para mi gusto"],
        },
        "en": {
            "pos": ["[sound]I put on my favorite song and it sounds amazing",
                    "[bt]Paired with my phone in two seconds",
                    "[mic]I use {it|them} for work calls every day and {it's|they're} flawless",
                    "[battery]The 5,000 mAh battery easily lasts two days",
                    "[app|screen]Firmware updated itself as soon as I switched {it|them} on"],
            "neg": ["[bt]{It|They} disconnect{s|} every five minutes and I have to restart {it|them}",
                    "[app|screen]After {k} days {it|they} started rebooting on {its|their} own",
                    "[bt]The last firmware update killed the bluetooth completely",
                    "[charging]Gets really hot while charging",
                    "[battery]The claimed 5,000 mAh is a lie, it's not even half that"],
            "neu": ["[bt]I mostly use {it|them} with my laptop",
                    "[charging]Comes with a USB-C cable but no wall plug",
                    "[bt|app]Works with both Android and iOS",
                    "Weighs about 9 oz",
                    "[screen]The screen is 6.1 inches, not too big, not too small",
                    "[screen]The screen is 3.5 inches, a bit small for my taste"],
        },
    },
    "kitchen": {
        "es": {
            "pos": ["[nonstick]Los huevos fritos salen perfectos sin una gota de aceite",
                    "Desde que {lo} tengo cocino mucho más",
                    "[coffee]Hago el café todas las mañanas y está riquísimo",
                    "Se limpia en un momento"],
            "neg": ["[nonstick]Al tercer uso ya se pegaba todo",
                    "[noise]Huele a plástico cada vez que se calienta",
                    "[noise]Salta el diferencial cada vez que {lo} enchufo",
                    "[blades]Se oxidó después de pasar{lo} por el lavavajillas"],
            "neu": ["[lid]Tiene 1,5 litros de capacidad",
                    "{Lo} uso sobre todo para el desayuno",
                    "[nonstick]Mide unos 28 cm de diámetro",
                    "[nonstick]Funciona con inducción, vitro y gas"],
        },
        "en": {
            "pos": ["[nonstick]Fried eggs slide right off without a drop of oil",
                    "I've been cooking way more since I got {it|them}",
                    "[coffee]I make my coffee every morning and it tastes great",
                    "Cleans up in seconds"],
            "neg": ["[nonstick]By the third use everything was sticking",
                    "[noise]Smells like melting plastic every time it heats up",
                    "[noise]Trips the breaker every time I plug {it|them} in",
                    "[blades]Rusted after one trip through the dishwasher"],
            "neu": ["[lid]It holds 1.5 liters",
                    "I mostly use {it|them} for breakfast",
                    "[nonstick]It's about 11 inches across",
                    "[nonstick]Works on induction, electric and gas"],
        },
    },
    "books": {
        "es": {
            "pos": ["[plot]Me lo leí en dos tardes, no podía parar",
                    "[plot]Ya he comprado el siguiente de la saga",
                    "De lo mejor que he leído este año",
                    "Lo he subrayado entero",
                    "[plot]Mucho mejor que \"El vuelo de la cigüeña\", que me pareció un rollo"],
            "neg": ["[plot]No pude pasar del capítulo tres",
                    "[plot]Lo dejé a medias, me aburría muchísimo",
                    "Tiene más erratas que páginas",
                    "Venía con varias páginas arrugadas y sucias"],
            "neu": ["Tiene unas 350 páginas",
                    "[plot]Lo leí para el club de lectura",
                    "[plot]Es el segundo libro de una trilogía",
                    "Lo compré en versión de bolsillo",
                    "[bilingual dictionary|travel guide]Lo uso para mis clases en un colegio bilingüe"],
        },
        "en": {
            "pos": ["[plot]Read it in two evenings, couldn't put it down",
                    "[plot]Already ordered the next one in the series",
                    "One of the best things I've read this year",
                    "I've highlighted half the book",
                    "[plot]So much better than \"The Winter Heron\", which bored me to tears"],
            "neg": ["[plot]Couldn't get past chapter three",
                    "[plot]Gave up halfway, it was so boring",
                    "More typos than pages",
                    "Arrived with several creased and dirty pages"],
            "neu": ["It's about 350 pages long",
                    "[plot]Read it for my book club",
                    "[plot]It's the second book in a trilogy",
                    "I got the paperback edition",
                    "[bilingual dictionary|travel guide]I use it for my classes at a bilingual school"],
        },
    },
    "toys": {
        "es": {
            "pos": ["Mi hijo no {lo} suelta ni para dormir",
                    "Los niños se pasan horas jugando",
                    "Fue el éxito del cumpleaños",
                    "Mi sobrina de {k} años está encantada",
                    "[penguin plush]Mi hija duerme abrazada al pingüino todas las noches"],
            "neg": ["A los diez minutos ya {estaba|estaban} rot{o}",
                    "Tiene piezas pequeñas que se sueltan, peligroso para niños",
                    "Mi hija lloró porque no se parecía en nada a la foto",
                    "[battery|remote]Las pilas no venían incluidas y encima no funciona"],
            "neu": ["Recomendado a partir de {k} años",
                    "[battery|remote]Funciona con 4 pilas AA",
                    "Se lo regalamos por su cumpleaños",
                    "La caja mide unos 40 x 30 cm",
                    "[penguin plush|doll]Canta una canción si le aprietas la barriga"],
        },
        "en": {
            "pos": ["My son won't put it down, not even at bedtime",
                    "The kids spend hours playing with {it|them}",
                    "It was the hit of the birthday party",
                    "My {k}-year-old niece is obsessed",
                    "[penguin plush]My daughter sleeps hugging the penguin every night"],
            "neg": ["Broke within ten minutes",
                    "Small parts come off easily, not safe for little kids",
                    "My daughter cried because it looked nothing like the picture",
                    "[battery|remote]Batteries not included and it doesn't even work"],
            "neu": ["Recommended for ages {k} and up",
                    "[battery|remote]Runs on 4 AA batteries",
                    "We got it for his birthday",
                    "The box is about 16 x 12 inches",
                    "[penguin plush|doll]Sings a little song when you squeeze its tummy"],
        },
    },
    "clothing": {
        "es": {
            "pos": ["Me {queda|quedan} como un guante",
                    "Después de {k} lavados {sigue|siguen} como nuev{o}",
                    "Me {lo} he comprado en tres colores",
                    "Cómod{o} para todo el día"],
            "neg": ["Al primer lavado {encogió|encogieron} dos tallas",
                    "Se hicieron bolitas a la semana",
                    "Las costuras se abrieron al poner{lo} por segunda vez",
                    "[fabric]Pedí una M y parece una XS"],
            "neu": ["[fabric]Mido 1,70 y peso 65 kg, pedí la talla M",
                    "{Lo} lavo a 30 grados",
                    "[fabric]Suelo usar la L en otras marcas",
                    "[fabric]Es 100% algodón según la etiqueta"],
        },
        "en": {
            "pos": ["Fits like a glove",
                    "After {k} washes {it still looks|they still look} brand new",
                    "I ordered {it|them} in three colors",
                    "Comfy enough to wear all day"],
            "neg": ["Shrank two sizes in the first wash",
                    "Started pilling within a week",
                    "The seams ripped the second time I wore {it|them}",
                    "[fabric]Ordered a medium and got something that fits like an XS"],
            "neu": ["[fabric]I'm 5'7\" and 145 lbs, went with a medium",
                    "I wash {it|them} on cold",
                    "[fabric]I usually wear a large in other brands",
                    "[fabric]Label says 100% cotton"],
        },
    },
    "beauty": {
        "es": {
            "pos": ["[texture]Tengo la piel atópica y no me ha dado ninguna reacción",
                    "[shampoo|hair dryer]Mi pelo nunca había estado tan suave",
                    "[perfume]Me han preguntado varias veces qué perfume llevo",
                    "[bottle|pump]Un bote me dura casi {k} meses"],
            "neg": ["[texture]Me salieron granitos a los dos días",
                    "[texture]Me irritó la piel muchísimo",
                    "No se parece en nada al original",
                    "[bottle|pump]El bote venía medio vacío"],
            "neu": ["[texture]Tengo la piel mixta",
                    "[bottle|pump]El bote es de 50 ml",
                    "[texture]Lo uso por las mañanas antes del maquillaje",
                    "No lleva parabenos según la etiqueta"],
        },
        "en": {
            "pos": ["[texture]I have super sensitive skin and had zero reaction",
                    "[shampoo|hair dryer]My hair has never been this soft",
                    "[perfume]People keep asking me what perfume I'm wearing",
                    "[bottle|pump]One bottle lasts me almost {k} months"],
            "neg": ["[texture]Broke out two days after starting it",
                    "[texture]Made my skin red and itchy",
                    "Nothing like the original",
                    "[bottle|pump]The bottle arrived half empty"],
            "neu": ["[texture]I have combination skin",
                    "[bottle|pump]The bottle is 1.7 fl oz",
                    "[texture]I use it in the morning before makeup",
                    "Label says paraben free"],
        },
    },
    "garden": {
        "es": {
            "pos": ["El jardín ha quedado precioso",
                    "[seeds]Este año he tenido una cosecha buenísima",
                    "Aguantó la granizada de mayo sin un rasguño",
                    "Mis vecinos ya me han preguntado dónde {lo} compré"],
            "neg": ["[material|durability]Con el primer sol fuerte se agrietó",
                    "No aguantó ni el primer invierno",
                    "[blades|finish|material]Se oxidó con la primera lluvia",
                    "[connectors]Pierde agua por todas las juntas"],
            "neu": ["Tengo un jardín de unos 80 m²",
                    "{Lo} uso en la terraza",
                    "Vivo en la costa, con bastante humedad",
                    "Lo guardo en el trastero en invierno"],
        },
        "en": {
            "pos": ["The garden looks amazing now",
                    "[seeds]Best harvest I've had in years",
                    "Survived a hailstorm without a scratch",
                    "My neighbors keep asking where I got {it|them}"],
            "neg": ["[material|durability]Cracked in the first strong sun",
                    "Didn't survive a single winter",
                    "[blades|finish|material]Rusted after the first rain",
                    "[connectors]Leaks at every joint"],
            "neu": ["My yard is about 850 sq ft",
                    "I use {it|them} on the patio",
                    "I live near the coast, so it's pretty humid",
                    "I keep {it|them} in the shed over winter"],
        },
    },
    "sports": {
        "es": {
            "pos": ["Entreno {k} veces por semana y {va|van} genial",
                    "[straps|lid]Hice una ruta de 20 km y ni me acordé de que {lo} llevaba",
                    "Mi entrenador me {lo} recomendó y acertó",
                    "He mejorado muchísimo desde que {lo} uso"],
            "neg": ["A la segunda sesión ya se había roto",
                    "[grip]Me hice daño en la muñeca por culpa del agarre",
                    "[soccer ball]Se pierde el aire en un par de días",
                    "[smell|grip]Olía tanto a goma que tuve que dejar{lo} en el balcón una semana"],
            "neu": ["Entreno en casa {k} días por semana",
                    "[padel racket]Lo uso para pádel, nivel intermedio",
                    "Pesa 1,2 kg",
                    "Lo compré para empezar a correr"],
        },
        "en": {
            "pos": ["I train {k} times a week and {it's|they're} holding up great",
                    "[straps|lid]Did a 12-mile hike and forgot I was even wearing it",
                    "My coach recommended {it|them} and he was right",
                    "My workouts have improved a lot since I started using {it|them}"],
            "neg": ["Broke during the second session",
                    "[grip]Hurt my wrist because of the terrible grip",
                    "[soccer ball]Loses air within a couple of days",
                    "[smell|grip]Smelled so strongly of rubber I had to leave {it|them} outside for a week"],
            "neu": ["I work out at home {k} days a week",
                    "[padel racket]I play at an intermediate level",
                    "Weighs about 2.6 lbs",
                    "Bought {it|them} to get back into running"],
        },
    },
    "home": {
        "es": {
            "pos": ["El salón ha cambiado por completo",
                    "[comfort|fabric]Duermo muchísimo mejor desde que {lo} tengo",
                    "{Queda|Quedan} precios{o} en el dormitorio",
                    "[assembly]Lo monté yo sola en media hora"],
            "neg": ["[bookshelf]Faltaban dos tornillos y una de las baldas venía rajada",
                    "[stability]A las dos semanas ya cojeaba",
                    "[noise|light]Hace un zumbido que no me deja dormir",
                    "[bookshelf]La madera es aglomerado del malo"],
            "neu": ["[bookshelf|blackout curtains|sheet set]Mide 180 x 80 cm",
                    "{Lo} tengo en el dormitorio",
                    "Vivo en un piso pequeño, así que el tamaño era importante",
                    "[assembly]El montaje me llevó una hora más o menos"],
        },
        "en": {
            "pos": ["Completely transformed my living room",
                    "[comfort|fabric]I've been sleeping so much better since I got {it|them}",
                    "Looks lovely in the bedroom",
                    "[assembly]Put {it|them} together by myself in half an hour"],
            "neg": ["[bookshelf]Two screws were missing and one shelf was cracked",
                    "[stability]Started wobbling after two weeks",
                    "[noise|light]Makes a buzzing noise that keeps me up at night",
                    "[bookshelf]It's the cheapest particle board you can imagine"],
            "neu": ["[bookshelf|blackout curtains|sheet set]It's about 70 x 31 inches",
                    "I keep {it|them} in the bedroom",
                    "My apartment is small, so size mattered",
                    "[assembly]Assembly took me about an hour"],
        },
    },
    "pets": {
        "es": {
            "pos": ["[dog bed]Mi perra no se quiere bajar de ella",
                    "[cat tree|cat water fountain|cat litter]Los gatos se pelean por usar{lo}",
                    "[dog toy|dog bed]Mi perro por fin tiene algo que no destroza",
                    "[cat tree|cat litter|cat water fountain]Mi gato, que es muy señorito, lo aceptó a la primera"],
            "neg": ["[dog toy|dog bed]Mi perro lo destrozó en diez minutos",
                    "[cat tree|cat litter|cat water fountain]Los gatos ni lo miran",
                    "[dog bed]Se deshizo en la primera lavadora",
                    "[cat litter]Desprende un olor que ahuyenta a los gatos"],
            "neu": ["[dog bed|dog toy|retractable leash]Tengo un labrador de 30 kg",
                    "[cat tree|cat litter|cat water fountain]En casa tenemos dos gatos",
                    "[dog bed]Lo pedí en talla L",
                    "[dog bed|dog toy|retractable leash]Mi perra tiene {k} años"],
        },
        "en": {
            "pos": ["[dog bed]My dog refuses to get off it",
                    "[cat tree|cat water fountain|cat litter]The cats fight over who gets to use it",
                    "[dog toy|dog bed]Finally something my dog can't destroy",
                    "[cat tree|cat litter|cat water fountain]My very picky cat took to it immediately"],
            "neg": ["[dog toy|dog bed]My dog destroyed it in ten minutes",
                    "[cat tree|cat litter|cat water fountain]The cats won't go near it",
                    "[dog bed]Fell apart in the first wash",
                    "[cat litter]Gives off a smell that scares the cats away"],
            "neu": ["[dog bed|dog toy|retractable leash]I have a 65 lb lab",
                    "[cat tree|cat litter|cat water fountain]We have two cats",
                    "[dog bed]Ordered the large size",
                    "[dog bed|dog toy|retractable leash]My dog is {k} years old"],
        },
    },
}

# ---------------------------------------------------------------------------
# Spanish phrase banks
# ---------------------------------------------------------------------------
ES = {
    "rel": ["mi madre", "mi padre", "mi hija", "mi hijo", "mi pareja", "mi abuela",
            "mi sobrino", "mi hermana", "mi suegra", "mi mejor amiga", "mi cuñado"],
    "minor": ["el envío", "el precio", "las instrucciones", "el embalaje", "el color",
              "el tamaño", "el cable tan corto", "el olor a nuevo"],
    "numw": ["dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho"],
    "intp": ["muy", "súper", "realmente", "muy muy", "increíblemente"],
    "intn": ["muy", "súper", "realmente", "extremadamente", "tremendamente"],
    "adjp2": ["excelente{s}", "fantástic{o}", "espectacular{_es}", "estupend{o}",
              "buenísim{o}", "increíble{s}", "una pasada", "de otro nivel", "de diez"],
    "adjn2": ["pésim{o}", "horrible{s}", "malísim{o}", "lamentable{s}", "un desastre",
              "una vergüenza", "penos{o}", "de risa"],
    "adjn1": ["mejorable{s}", "flojit{o}", "regular{_es}", "justit{o}", "algo pobre{s}",
              "un poco decepcionante{s}"],
    # aspect-clause templates by polarity (aspect noun context)
    "asp": {
        2: ["{N} {es|son} {intp} buen{o}", "{N} {es|son} {adjp2}", "{N} me {encanta|encantan}",
            "*{N}, de diez", "{N} no {tiene|tienen} ni un fallo", "*{N}: impecable{s}", "PRED", "PRED", "PRED"],
        1: ["{N} {está|están} bastante bien", "{N} no {está|están} nada mal", "{N} {es|son} bastante buen{o}",
            "{N} {cumple|cumplen} sin problema", "{N} {es|son} correct{o}", "{N} {está|están} bien para el precio", "PRED"],
        0: ["{N} {es|son} normalit{o}", "*{N} {está|están} bien, sin más", "*{N} ni fu ni fa",
            "{N} {es|son} lo que cabe esperar"],
        -1: ["{N} {es|son} {adjn1}", "{N} {deja|dejan} bastante que desear", "{N} no {es|son} gran cosa",
             "{N} no {está|están} a la altura", "PRED"],
        -2: ["{N} {es|son} {intn} mal{o}", "{N} {es|son} {adjn2}", "{N} no me {gustó|gustaron} nada",
             "{N} {da|dan} pena", "PRED", "PRED", "PRED"],
    },
    # generic item-level sentences by polarity
    "gen": {
        2: ["Superó todas mis expectativas", "Es lo mejor que he comprado en mucho tiempo",
            "{Lo} uso a diario y {va|van} de maravilla", "Calidad-precio insuperable",
            "No {le|les} pongo ni una pega", "Se nota la calidad nada más abrir la caja",
            "{Está|Están} incluso mejor de lo que esperaba", "Se {lo} regalé a {rel} y le {encantó|encantaron}",
            "Ya he pedido otr{o} para regalar", "Sin duda volvería a comprar{lo}", "{Es|Son} una pasada",
            "Mejor imposible", "{Funciona|Funcionan} perfectamente desde el primer día", "Ha sido un acierto total",
            "Vale cada céntimo", "No me arrepiento para nada de la compra",
            "No tiene nada que envidiar a marcas mucho más caras", "Me {ha|han} sorprendido muchísimo para bien",
            "{Está|Están} padrísim{o}, neta", "Re lind{o}, me encantó", "Quedé feliz, {es|son} chévere",
            "{Es|Son} súper chul{o}", "¡Qué maravilla!", "Diez de diez", "Lo recomiendo a ojos cerrados",
            "No sé cómo he vivido sin {este} {n}", "Ya se {lo} he recomendado también a mis amigas",
            "{Lo} compré porque {lo} vi recomendado y acerté de lleno", "Repetiría porque {es|son} de muy buena calidad",
            "{Lo} recomiendo porque {funciona|funcionan} de maravilla", "Una compra redonda", "Estoy encantadísima",
            "Estoy encantadísimo", "Me tiene enamorada"],
        1: ["{Está|Están} bastante bien", "{Cumple|Cumplen} con lo que {promete|prometen}", "Buena relación calidad-precio",
            "No {está|están} nada mal para lo que {cuesta|cuestan}", "No {es|son} perfect{o}, pero {hace|hacen} su función",
            "Por ahora {va|van} bien", "Contento con la compra, en general", "{Hace|Hacen} lo que {tiene|tienen} que hacer",
            "Para el uso que le doy, más que suficiente", "Bastante mejor de lo que esperaba por el precio",
            "Buena compra", "Buen producto, sin grandes lujos", "Muy práctic{o} para el día a día",
            "La verdad es que no me puedo quejar", "Mi pareja también {lo} usa y le gusta",
            "No {está|están} mal, la verdad", "Salvo algún detalle, todo bien", "{Es|Son} bastante apañad{o}"],
        0: ["{Lo} compré hace {k} semanas", "{Lo} uso sobre todo los fines de semana", "{Lo} pedí para {rel}",
            "Es la segunda vez que {lo} compro", "{Lo} compré en oferta durante el Black Friday",
            "{Lo} comparé con otros tres modelos antes de decidirme",
            "Viene con manual en español e inglés", "Llevo usándo{lo} unos {k} meses",
            "{Lo} compré para sustituir otr{o} que se me {rompió|rompieron}", "Es un regalo para {rel}",
            "Tardé un poco en decidirme entre este y otro modelo", "Os cuento mi experiencia después de un tiempo",
            "Hace un año que {lo} tengo", "{Lo} compré porque el que tenía ya estaba viejo",
            "También compré la funda, aparte", "Lo elegí porque tenía muchas valoraciones"],
        -1: ["No {es|son} lo que esperaba", "Me esperaba bastante más", "Para lo que {cuesta|cuestan}, {deja|dejan} que desear",
             "Se nota que {es|son} barat{o}", "La calidad es justita", "Cumple, pero por poco",
             "No {termina|terminan} de convencerme", "{Tiene|Tienen} pinta de que no {va|van} a durar mucho",
             "Las fotos engañan bastante", "No {está|están} mal, pero no {lo} volvería a comprar",
             "Bastante flojit{o}, la verdad", "No me acaba de gustar", "Esperaba más por lo que costaba",
             "Se queda a medio camino"],
        -2: ["No {funciona|funcionan}", "{Dejó|Dejaron} de funcionar a los {k} días",
             "{Llegó rot{o}|Llegaron rot{o}} y encima tardaron en responder", "Una basura, no {lo} compréis",
             "Es una estafa", "Dinero tirado a la basura", "Me arrepiento totalmente de la compra",
             "No {sirve|sirven} para nada", "{Se rompió|Se rompieron} a la primera de cambio", "Da vergüenza que vendan esto",
             "No {lo} recomiendo a nadie", "{Lo} devolví al día siguiente", "Peor imposible", "Calidad pésima",
             "Nada que ver con lo que sale en las fotos", "{Olía|Olían} a plástico quemado nada más sacar{lo} de la caja",
             "Lo peor que he comprado en años", "No me gustó nada", "Menudo timo", "¿Cómo pueden vender esto???",
             "Ni regalad{o} {lo} querría", "¿En serio esto ha pasado un control de calidad???",
             "Qué vergüenza de producto", "Nunca más compro esta marca",
             "{Lo} devolví porque no {funcionaba|funcionaban}", "Y encima también llegó tarde"],
    },
    "open": {
        5: ["Me encanta", "¡Me encantó!", "Una maravilla", "Espectacular", "Genial", "Perfecto en todos los sentidos",
            "Muy contenta con la compra", "Muy contento con la compra", "Compra acertadísima", "Increíble calidad",
            "Cinco estrellas merecidas", "Es justo lo que buscaba", "Qué maravilla de {n}",
            "{Este} {n} {es|son} una pasada", "Brutal", "Una compra de diez", "Sin palabras, buenísim{o}",
            "Encantada con {este} {n}", "Mi mejor compra del año"],
        4: ["Muy {buen} {n}", "Bastante contento", "Buena compra", "Me gusta mucho", "Muy bien en general",
            "Cumple de sobra", "Buena calidad por el precio", "Muy satisfecha", "Bien, muy bien",
            "Casi perfect{o}", "Contento con {este} {n}"],
        3: ["Está bien, sin más", "Ni fu ni fa", "Cumple, pero poco más", "Normalito", "Correct{o}, sin más",
            "Regular", "Ni bueno ni malo", "Tiene cosas buenas y cosas malas", "Me esperaba algo más",
            "Aceptable para el precio", "Para salir del paso", "Ni frío ni calor"],
        2: ["No me convence", "Bastante decepcionante", "Me esperaba mucho más", "Flojito", "No es lo que esperaba",
            "Podría ser mucho mejor", "Calidad muy justita", "Un poco decepcionada", "No lo recomendaría mucho"],
        1: ["Una basura", "No me gustó nada", "Horrible", "Fatal", "Dinero tirado", "No lo compréis", "Un timo",
            "Menuda estafa", "Decepción total", "Qué vergüenza de producto", "Lo peor que he comprado",
            "No funciona", "Pésimo", "Ni se os ocurra comprar{lo}", "Evitad {este} {n}"],
    },
    "close": {
        5: ["Lo recomiendo totalmente", "Cien por cien recomendable", "Sin duda volvería a comprar{lo}",
            "Si dudáis, comprad{lo} ya", "Repetiré seguro", "Recomendadísimo", "Compra obligada", "Muy recomendable",
            "Se lo recomiendo a todo el mundo"],
        4: ["Lo recomiendo", "Recomendable", "Volvería a comprar{lo}", "Buena compra en general",
            "Le quito una estrella por {minor}", "Cuatro estrellas por {minor}, si no serían cinco"],
        3: ["Ni lo recomiendo ni lo desaconsejo", "Para salir del paso, vale", "Si está de oferta, puede valer",
            "Cumple, sin más", "Tres estrellas y gracias", "Ni más ni menos"],
        2: ["No lo volvería a comprar", "No lo recomendaría", "Buscaría otra opción",
            "Hay opciones mejores por el mismo precio", "Le doy dos estrellas porque al menos llegó a tiempo",
            "No repetiré"],
        1: ["No lo recomiendo", "No lo compréis", "Ni se os ocurra", "Lo he devuelto", "Nunca más",
            "Ya he pedido el reembolso", "Huid", "Si pudiera, pondría cero estrellas", "Cero estrellas si se pudiera"],
    },
    "short_tail": {
        5: ["Llegó rapidísimo", "Muy recomendable", "Repetiré", "Todo perfecto", "Gracias"],
        4: ["Llegó bien", "Recomendable", "Buen precio", "Cumple"],
        3: ["Sin más", "Cumple su función", "Ni fu ni fa", "Regular"],
        2: ["No lo recomiendo", "Esperaba más", "Muy justito"],
        1: ["Lo devolví", "No funciona", "No lo compréis", "Estafa"],
    },
    "delivery": {
        "pos": ["El envío fue rapidísimo, llegó en {kfast} días", "Llegó al día siguiente de pedir{lo}", "Llegó antes de lo previsto y muy bien embalado",
                "Envío rápido y bien empaquetado", "El vendedor, muy atento, contestó en el mismo día",
                "Escribí a {email} por una duda y me respondieron en una hora",
                "Atención al cliente de diez, gracias {mention}"],
        "neg": ["El envío tardó casi un mes", "La caja llegó aplastada", "Llegó con {k} días de retraso y sin avisar",
                "El repartidor lo dejó en la puerta bajo la lluvia", "Escribí a {email} tres veces y nadie contesta",
                "El servicio de atención al cliente es un desastre", "Ojo {mention}, revisad vuestros envíos",
                "Me llegó un modelo distinto al que pedí"],
        "neu": ["El envío, normal", "Llegó en el plazo indicado", "{Lo} pedí el lunes y {llegó|llegaron} el jueves", "Llegó en una caja sin nada de protección, pero intacto",
                "Lo recogí en el punto de entrega"],
    },
    "price": {
        "pos": ["Por {price} no se puede pedir más", "Lo pillé rebajado a {price}, una ganga",
                "Pagué {price} y vale cada céntimo", "Por {price} es un chollo",
                "Gran precio: {price} con el descuento"],
        "neg": ["Pagué {price} y no vale ni la mitad", "{price} por esto es un robo",
                "Demasiado car{o} para lo que {es|son}", "Por {price} esperaba muchísimo más"],
        "neu": ["Me costó {price}", "Lo compré por {price} en {url}", "Estaba a {price} cuando lo compré",
                "Ahora mismo está a {price} en {url}"],
    },
    "compare": {
        "pos": ["Mucho mejor que el que tenía antes", "Mejor que otros que cuestan el doble",
                "Le da mil vueltas a la marca que usaba antes"],
        "neg": ["El anterior, que costó la mitad, era mucho mejor", "Peor que cualquier marca blanca",
                "{Mi|Mis} {n} anterior{_es} me {duró|duraron} años; {este} no {llegó|llegaron} al mes"],
    },
    "question": {
        5: ["¿Vale la pena? Sí, sin duda", "¿Lo recomiendo? ¡Totalmente!", "¿Si lo volvería a comprar? Mil veces",
            "¿Vale la pena? Sí."],
        4: ["¿Vale la pena? Sí, aunque no es perfecto", "¿Lo recomiendo? Sí, con algún pero"],
        3: ["¿Vale la pena? Depende de lo que busques", "¿Lo recomendaría? Con reservas", "¿Merece la pena? Ni sí ni no"],
        2: ["¿Vale la pena? Yo diría que no", "¿Lo volvería a comprar? Probablemente no"],
        1: ["¿Vale la pena? Ni de broma", "¿Control de calidad? Ninguno", "¿Dónde está mi dinero???",
            "¿Lo recomiendo? NO."],
    },
    "quote": {
        "pos": ["Mi hijo {lo} llama \"el mejor regalo del mundo\"", "Mi madre dijo \"esto es otra cosa\" en cuanto {lo} probó",
                "Lo de \"montaje en cinco minutos\" es verdad", "Como dice mi abuela: \"lo bueno se paga\", y aquí no tanto"],
        "neg": ["En la descripción pone \"resistente al agua\" y se estropeó con cuatro gotas",
                "Lo anuncian como \"calidad premium\"... sí, claro",
                "El vendedor me dijo \"es normal\" cuando reclamé",
                "Pone \"talla única\", pero eso no le queda bien a nadie",
                "¿\"Garantía de dos años\"? Nadie responde"],
    },
    "update": {
        5: ["ACTUALIZACIÓN: después de {k} meses sigue como el primer día.", "Edito: a los {k} meses sigue funcionando perfecto. Sigo encantada."],
        4: ["Edito: el vendedor me mandó un repuesto sin coste, muy amables.", "Actualizo: tras {k} meses, todo sigue bien salvo algún detalle."],
        3: ["EDITO: a los {k} meses empieza a fallar un poco, ya veremos.", "Actualizo: sigue funcionando, pero cada vez peor."],
        2: ["EDITO: a las {k} semanas empezó a fallar. Bajo la nota.", "Actualizo: el vendedor no da solución, así que se queda en dos estrellas."],
        1: ["EDITO: el vendedor no responde. Reclamación puesta.", "ACTUALIZACIÓN: me han devuelto el dinero, pero menudo calvario."],
    },
    "extra_links": ["Más fotos en {url}", "Subí un vídeo del unboxing a {url}", "El manual está en {url}",
                    "Si alguien tiene dudas, me podéis escribir a {email_user}"],
    "contrast2": ["{A}, pero {B}", "{A}; eso sí, {B}", "{A}, aunque {B}", "Aunque {A}, {B}", "{A}. Eso sí, {B}",
                  "{A}, sin embargo {B}", "{A}... pero {B}"],
    "contrast_lead_neg": ["Lo malo es que {B}", "Lo único malo: {B}", "Le quito una estrella porque {B}",
                          "Buen precio, pero {B}",
                          "El único pero es que {B}", "Como pega, {B}"],
    "contrast_lead_pos": ["Lo único bueno: {B}", "Le doy dos estrellas solo porque {B}", "Lo único que se salva: {B}",
                          "Por lo menos {B}"],
    "contrast3": ["Por un lado {A}; por otro, {B}", "{A}, pero {B}", "{A}, aunque {B}", "{A}. En cambio, {B}",
                  "Bueno, pero {B}", "Buen precio, pero {B}"],
    "hashtags_pos": ["#recomendado", "#compraacertada", "#calidadprecio", "#regalo", "#encantada", "#chollo"],
    "hashtags_neg": ["#fail", "#timo", "#nuncamás", "#estafa", "#decepción", "#reclamación"],
    "hashtags_neu": ["#opinión", "#review", "#unboxing"],
    "flags": ["🇲🇽", "🇪🇸", "🇦🇷", "🇨🇴", "🇨🇱", "🇵🇪"],
    "mentions": ["@TiendaEjemplo", "@soporte_ejemplo", "@AyudaTiendaEjemplo"],
    "emails": ["soporte@tienda-ejemplo.es", "atencion.cliente@example.com", "ayuda@example.org",
               "postventa@tienda-ejemplo.es"],
    "email_users": ["lucia.resenas@example.com", "pepe_compras@example.org", "marta.g@example.net"],
    "spanglish": ["la verdad, totally worth it", "super nice, la neta", "muy cute", "el delivery fue rapidísimo",
                  "cero stress con el montaje"],
}

# ---------------------------------------------------------------------------
# English phrase banks
# ---------------------------------------------------------------------------
EN = {
    "rel": ["my mom", "my dad", "my daughter", "my son", "my wife", "my husband", "my grandma",
            "my nephew", "my sister", "my best friend", "my roommate"],
    "minor": ["the shipping", "the price", "the instructions", "the packaging", "the color",
              "the size", "the short cable", "the new-product smell"],
    "intp": ["really", "so", "super", "very", "extremely", "incredibly"],
    "intn": ["really", "so", "very", "extremely", "incredibly", "seriously"],
    "adjp2": ["excellent", "fantastic", "amazing", "superb", "outstanding", "top-notch", "brilliant",
              "fantastic, honestly", "just perfect"],
    "adjn2": ["terrible", "awful", "horrible", "atrocious", "a joke", "garbage", "pathetic", "a complete disaster"],
    "adjn1": ["a bit weak", "mediocre", "underwhelming", "so-so", "kind of flimsy", "a little disappointing"],
    "asp": {
        2: ["{N} {is|are} {intp} good", "{N} {is|are} {adjp2}", "I love {N}", "*{N}? Flawless",
            "*can't fault {N}", "{N} {is|are} a 10/10", "PRED", "PRED", "PRED"],
        1: ["{N} {is|are} pretty good", "{N} {is|are} not bad at all", "{N} {is|are} solid",
            "{N} {does|do} the job", "{N} {is|are} decent", "*no complaints about {N}", "PRED"],
        0: ["{N} {is|are} average", "*{N} {is|are} fine, nothing special", "*{N} {is|are} okay I guess",
            "{N} {is|are} what you'd expect"],
        -1: ["{N} {is|are} {adjn1}", "{N} could be better", "{N} {isn't|aren't} great",
             "{N} {leaves|leave} a lot to be desired", "PRED"],
        -2: ["{N} {is|are} {intn} bad", "{N} {is|are} {adjn2}", "I hate {N}", "{N} {is|are} just awful",
             "PRED", "PRED", "PRED"],
    },
    "gen": {
        2: ["Exceeded all my expectations", "Best thing I've bought in ages", "I use {it|them} every day and {it works|they work} like a charm",
            "Unbeatable value for money", "Can't find a single flaw", "You can feel the quality as soon as you open the box",
            "Even better than I expected", "Got {it|them} as a gift for {rel}, huge hit",
            "Already ordered another one as a gift", "I'd buy {it|them} again in a heartbeat", "{It's|They're} awesome",
            "Couldn't be happier", "Worked perfectly from day one", "Total win", "Worth every penny",
            "I don't regret this purchase at all", "Holds up against brands that cost twice as much",
            "Pleasantly surprised", "Absolutely brilliant", "Love love love {it|them}", "10/10 would buy again",
            "Highly recommend to anyone on the fence", "No idea how I lived without {this}", "Just wow",
            "Honestly the best purchase I've made this year", "Can't recommend {it|them} enough",
            "Definitely worth it"],
        1: ["Pretty good overall", "Does what it says on the box", "Good value for money", "Not bad at all for the price",
            "Not perfect, but {it does|they do} the job", "So far so good", "Happy with it overall",
            "Does exactly what it's supposed to do", "More than enough for what I need", "Better than I expected for the price",
            "Solid purchase", "Good product, nothing fancy", "Really handy for everyday use", "Can't really complain",
            "Apart from a few small things, all good", "Nice little {n}", "Definitely a solid buy for the price"],
        0: ["Bought {it|them} {k} weeks ago", "I mostly use {it|them} on weekends", "Ordered {it|them} for {rel}",
            "This is my second one", "Picked {it|them} up on sale during Black Friday", "Compared {it|them} with three other models before deciding", "Comes with a manual in English and Spanish",
            "I've been using {it|them} for about {k} months", "Bought {it|them} to replace an old one that broke",
            "It was a gift for {rel}", "Took me a while to decide between this and another model",
            "Here's my take after a few weeks", "Had {it|them} for a year now"],
        -1: ["Not what I expected", "I expected a lot more", "For the price it leaves a lot to be desired",
             "You can tell {it's|they're} cheap", "Quality is just okay", "Does the job, barely",
             "Not really convinced", "Doesn't look like {it'll|they'll} last long", "The photos are pretty misleading",
             "Not bad, but I wouldn't buy {it|them} again", "Kinda meh, honestly", "Just didn't click for me",
             "Expected more for what I paid", "Falls short in a few ways"],
        -2: ["{It doesn't|They don't} work", "Stopped working after {k} days", "Arrived broken and support took ages to answer",
             "Garbage, don't buy {it|them}", "Total scam", "Complete waste of money", "I regret buying {it|them}",
             "Absolutely useless", "Broke the first time I used {it|them}", "Shameful that they sell this",
             "I wouldn't recommend {it|them} to anyone", "Returned {it|them} the next day", "Worst purchase ever",
             "Terrible quality", "Looks nothing like the photos", "Smelled like burnt plastic right out of the box",
             "Worst thing I've bought in years", "I didn't like {it|them} at all", "What a rip-off",
             "How is this even allowed to be sold???", "Wouldn't take {it|them} if {it was|they were} free",
             "Did this even go through quality control???", "Never buying from this brand again", "Definitely not worth the money",
             "I wouldn't buy {it|them} again"],
    },
    "open": {
        5: ["Love {it|them}", "Love {it|them}!", "Amazing", "Absolutely perfect", "So happy with this",
            "Great purchase", "Incredible quality", "Five stars, well deserved", "Exactly what I was looking for",
            "What a great {n}", "{This} {is|are} awesome", "Mind blown", "Perfect in every way",
            "Obsessed with {this}", "Best purchase of the year"],
        4: ["Really nice {n}", "Pretty happy", "Good buy", "I like {it|them} a lot", "Very good overall",
            "Does the job and then some", "Good quality for the price", "Very satisfied", "Almost perfect",
            "Happy with {this}"],
        3: ["It's fine, nothing more", "Meh", "It's okay", "Does the job, that's about it", "Average",
            "Neither good nor bad", "Some good, some bad", "I expected a bit more", "Okay for the price",
            "Fine as a stopgap", "Mixed feelings"],
        2: ["Not convinced", "Pretty disappointing", "Expected much more", "Kind of weak", "Not what I expected",
            "Could be much better", "Quality is really meh", "A bit disappointed", "Wouldn't really recommend"],
        1: ["Garbage", "Didn't like {it|them} at all", "Horrible", "Awful", "Money down the drain", "Don't buy {this}",
            "Total rip-off", "What a scam", "Complete letdown", "Embarrassingly bad", "Worst thing I've ever bought",
            "Doesn't work", "Terrible", "Do not buy", "Avoid {this}"],
    },
    "close": {
        5: ["Highly recommend", "100% recommend", "Would definitely buy again", "If you're on the fence, just get it",
            "Will be buying again for sure", "Recommended!", "A must-buy", "Strongly recommend",
            "Telling everyone I know about it"],
        4: ["I'd recommend it", "Recommended", "Would buy again", "Good purchase overall", "Minus one star for {minor}",
            "Four stars because of {minor}, otherwise five"],
        3: ["Wouldn't recommend or discourage it", "Fine as a stopgap", "If it's on sale, maybe",
            "It's okay, nothing more", "Three stars, that's it", "No more, no less"],
        2: ["I wouldn't buy it again", "Can't really recommend it", "I'd look elsewhere",
            "There are better options for the same money", "Two stars because at least it arrived on time",
            "Won't be ordering again"],
        1: ["Don't recommend", "Don't buy it", "Don't even think about it", "Returned it", "Never again",
            "Already asked for a refund", "Run", "I'd give zero stars if I could", "Zero stars if that were an option"],
    },
    "short_tail": {
        5: ["Arrived super fast", "Highly recommend", "Will buy again", "All perfect", "Thanks"],
        4: ["Arrived fine", "Recommended", "Good price", "Does the job"],
        3: ["That's it", "Does its job", "Meh", "So-so"],
        2: ["Don't recommend", "Expected more", "Pretty weak"],
        1: ["Returned it", "Doesn't work", "Don't buy", "Scam"],
    },
    "delivery": {
        "pos": ["Shipping was super fast, arrived in {kfast} days", "Arrived the day after I ordered", "Arrived early and really well packed",
                "Fast delivery, great packaging", "Seller was really helpful and replied the same day",
                "Emailed {email} with a question and got an answer within the hour",
                "Great customer service, thanks {mention}"],
        "neg": ["Shipping took almost a month", "The box arrived crushed", "Arrived {k} days late with no notice",
                "The courier left it on the porch in the rain", "Emailed {email} three times, no answer",
                "Customer service is a joke", "Hey {mention}, maybe check your shipping",
                "They sent me a different model from the one I ordered"],
        "neu": ["Shipping was normal", "Arrived within the estimated window", "Ordered Monday, arrived Thursday", "Came in a plain box with no padding but undamaged",
                "Picked it up from the locker"],
    },
    "price": {
        "pos": ["For {price} you can't ask for more", "Got it on sale for {price}, total bargain",
                "Paid {price} and it's worth every cent", "At {price} it's a steal", "Great price: {price} with the coupon"],
        "neg": ["Paid {price} and it's not worth half that", "{price} for this? Daylight robbery",
                "Way too expensive for what it is", "For {price} I expected so much more"],
        "neu": ["It cost me {price}", "Bought it for {price} at {url}", "It was {price} when I bought it",
                "Currently {price} at {url}"],
    },
    "compare": {
        "pos": ["Way better than the one I had before", "Better than others that cost twice as much",
                "Blows my old one out of the water"],
        "neg": ["My old one cost half as much and was way better", "Worse than any store brand",
                "My old {n} lasted for years; this one didn't make it a month"],
    },
    "question": {
        5: ["Worth it? Absolutely", "Would I recommend it? 100%", "Would I buy it again? In a heartbeat", "Worth it? Yes."],
        4: ["Worth it? Yes, though it's not perfect", "Would I recommend it? Yeah, with a small caveat"],
        3: ["Worth it? Depends what you need", "Would I recommend it? With reservations", "Worth it? Hard to say"],
        2: ["Worth it? I'd say no", "Would I buy it again? Probably not"],
        1: ["Worth it? Not a chance", "Quality control? What quality control", "Where's my money???",
            "Would I recommend it? NO."],
    },
    "quote": {
        "pos": ["My son calls {it|them} \"the best present ever\"", "My wife literally said \"why didn't we buy this sooner\"",
                "The \"five minute setup\" claim is actually true", "My grandpa says \"you get what you pay for\", but this is a bargain"],
        "neg": ["It says \"waterproof\" on the box. It is not",
                "They advertise it as \"premium quality\"... sure",
                "The seller told me \"that's normal\" when I complained",
                "\"One size fits all\"? It fits nobody",
                "\"Two-year warranty\"? Nobody answers"],
    },
    "update": {
        5: ["UPDATE: {k} months later and it's still like new.", "Edit: still going strong after {k} months. Love it."],
        4: ["Edit: the seller sent a free replacement part, super nice of them.", "Update: after {k} months everything still works, minor quirks aside."],
        3: ["EDIT: after {k} months it's starting to act up a bit, we'll see.", "Update: still works, but getting worse."],
        2: ["EDIT: started failing after {k} weeks. Lowering my rating.", "Update: seller won't fix it, so two stars it is."],
        1: ["EDIT: seller isn't responding. Filed a claim.", "UPDATE: got my money back, but what an ordeal."],
    },
    "extra_links": ["More pics at {url}", "Posted an unboxing video at {url}", "Manual is at {url}",
                    "Happy to answer questions at {email_user}"],
    "contrast2": ["{A}, but {B}", "{A}, although {B}", "Although {A}, {B}", "{A}. That said, {B}",
                  "{A}; however, {B}", "{A} but {B}", "{A}... but {B}"],
    "contrast_lead_neg": ["Only downside: {B}", "The only problem is that {B}", "Took off one star because {B}",
                          "Great price but {B}",
                          "My one complaint: {B}", "Minor gripe: {B}"],
    "contrast_lead_pos": ["Only good thing: {B}", "Two stars only because {B}", "The one redeeming thing: {B}",
                          "At least {B}"],
    "contrast3": ["On one hand {A}; on the other, {B}", "{A}, but {B}", "{A}, although {B}", "{A}. On the other hand, {B}",
                  "Great price but {B}", "Good, but {B}"],
    "hashtags_pos": ["#recommended", "#worthit", "#happycustomer", "#gift", "#bargain", "#lovethis"],
    "hashtags_neg": ["#fail", "#epicfail", "#neveragain", "#scam", "#disappointed", "#refund"],
    "hashtags_neu": ["#review", "#honestreview", "#unboxing"],
    "flags": ["🇺🇸", "🇬🇧", "🇨🇦", "🇦🇺", "🇮🇪"],
    "mentions": ["@ExampleStore", "@ExampleSupport", "@example_help"],
    "emails": ["support@example.com", "help@example.net", "returns@example.org", "customer.care@example.com"],
    "email_users": ["jess.reviews@example.com", "mike_buys@example.org", "sam.t@example.net"],
    "spanglish": ["muy bueno, seriously", "gracias to the seller", "it's muy bonito", "my abuela loves it"],
}

EMOJI = {
    "pos": ["😍", "👍", "❤️", "🙌", "😊", "🔥", "💯", "👌", "🥰", "👍🏽", "✨", "🤩"],
    "neu": ["🤷", "😐", "🤔", "🤷‍♀️", "🙂", "😶"],
    "neg": ["😡", "💔", "👎", "🤬", "😤", "🙄", "😞", "😠", "👎🏻", "😒"],
}

TITLES = {
    "es": {
        5: ["Genial", "Muy recomendable", "¡Me encantó!", "Calidad-precio perfecta", "5 estrellas",
            "Lo mejor que he comprado este año", "Una maravilla", "¡Espectacular!", "Perfecto", "Súper recomendable 😍",
            "Genial, genial, genial", "Compra 10", "Encantadísima", "Mejor imposible"],
        4: ["Muy bien", "Buena compra", "Recomendable", "Casi perfecto", "Bien, con algún detalle", "Contento",
            "Buen producto", "Cumple de sobra", "Bueno, pero mejorable", "4 estrellas"],
        3: ["Cumple", "Ni fu ni fa", "Regular", "Está bien, sin más", "Normalito", "Bien, pero...",
            "Aceptable", "Ni bueno ni malo", "Correcto", "Tiene sus pegas"],
        2: ["Decepcionante", "Esperaba más", "Flojo", "No lo recomiendo", "Mejorable", "Muy justito",
            "\"Resistente\", dicen...", "Bonito, pero frágil"],
        1: ["No lo compréis", "Un timo", "Horrible", "Roto a la semana", "Estafa", "Dinero tirado",
            "¡¡¡No funciona!!!", "Lo peor", "Decepción total 👎", "Nunca más", "Fatal, fatal"],
    },
    "en": {
        5: ["Love it!", "Great value", "Five stars", "Best purchase this year", "Amazing", "Perfect!",
            "Highly recommend 😍", "Exceeded expectations", "Absolutely love it", "Just buy it", "A+", "Wow"],
        4: ["Very good", "Good buy", "Recommended", "Almost perfect", "Good, with a small catch", "Happy",
            "Solid product", "Does the job well", "Good, but could be better", "4 stars"],
        3: ["Does the job", "Meh", "It's okay", "Fine, nothing special", "Average", "Good, but...",
            "Acceptable", "Neither here nor there", "Okay", "Has its issues"],
        2: ["Disappointing", "Expected more", "Weak", "Don't recommend", "Could be better", "Barely okay",
            "\"Waterproof\", they said", "Pretty, but fragile"],
        1: ["Don't buy", "Total rip-off", "Horrible", "Broke after a week", "Scam", "Waste of money",
            "DOESN'T WORK!!!", "The worst", "Complete letdown 👎", "Never again", "Awful, just awful"],
    },
}

ES["side"] = {
    "pos": ["el precio es muy bueno", "el envío fue rapidísimo", "el vendedor fue muy amable",
            "la relación calidad-precio es estupenda", "llegó bien embalado", "el precio está genial"],
    "neg": ["el envío tardó muchísimo", "el precio es excesivo", "el embalaje era penoso",
            "el vendedor no contesta", "la garantía no cubre nada", "llegó con la caja rota"],
}
EN["side"] = {
    "pos": ["the price is great", "shipping was super fast", "the seller was really nice",
            "the value for money is excellent", "it came well packed", "great price"],
    "neg": ["shipping took forever", "the price is way too high", "the packaging was awful",
            "the seller never answers", "the warranty covers nothing", "it arrived with the box ripped"],
}

ITEM_TITLES = {
    "es": {5: ["Excelente {n}", "Muy {buen} {n}", "Buenísim{o}", "{N}, una maravilla"],
           4: ["{Buen} {n}", "{N} cumple", "{Buen} {n} por el precio"],
           3: ["{N}, regular", "{N} normalit{o}", "{Este} {n}, sin más"],
           2: ["{N}, flojit{o}", "{N} decepcionante{s}"],
           1: ["{N} defectuos{o}", "{N} no {funciona|funcionan}", "{N} rot{o} al llegar"]},
    "en": {5: ["Excellent {n}", "Love {this}", "Great {n}!"],
           4: ["Good {n}", "Nice {n} for the price", "Solid {n}"],
           3: ["Average {n}", "{This} {is|are} just okay", "Okay {n}"],
           2: ["Disappointing {n}", "{This} could be better"],
           1: ["Defective {n}", "{This} broke in a week", "{N} doesn't work"]},
}

NUM_WORDS = {"es": ["dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho"],
             "en": ["two", "three", "four", "five", "six", "seven", "eight"]}

ES_ART = {("m", "s"): "el", ("f", "s"): "la", ("m", "p"): "los", ("f", "p"): "las"}
ES_INDEF = {("m", "s"): "un", ("f", "s"): "una", ("m", "p"): "unos", ("f", "p"): "unas"}
ES_PRON = {("m", "s"): "lo", ("f", "s"): "la", ("m", "p"): "los", ("f", "p"): "las"}
ES_END = {("m", "s"): "o", ("f", "s"): "a", ("m", "p"): "os", ("f", "p"): "as"}
ES_ESTE = {("m", "s"): "este", ("f", "s"): "esta", ("m", "p"): "estos", ("f", "p"): "estas"}

ES_BUEN = {("m", "s"): "buen", ("f", "s"): "buena", ("m", "p"): "buenos", ("f", "p"): "buenas"}
TAG = re.compile(r"\[([^\]]+)\]")


def strip_tag(s):
    return TAG.sub("", s, count=1) if s.startswith("[") else s


TOKEN = re.compile(r"\{([^{}]*)\}")


def strip_accents(s, keep=""):
    out = []
    for ch in s:
        if ch in keep:
            out.append(ch)
            continue
        d = unicodedata.normalize("NFD", ch)
        out.append(unicodedata.normalize("NFC", "".join(c for c in d if unicodedata.category(c) != "Mn")))
    return "".join(out)


def slugify(s):
    s = strip_accents(s).lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s


def cap(s):
    for i, ch in enumerate(s):
        if ch.isalpha():
            return s[:i] + ch.upper() + s[i + 1:]
        if ch not in "¡¿\"'(":
            return s
    return s


def decap(s):
    if s[:1] == "I" and (len(s) == 1 or not s[1].isalpha()):
        return s
    if len(s) > 1 and s[0].isupper() and not s[1].isupper():
        return s[0].lower() + s[1:]
    return s


def make_ctx(lang, noun, slug):
    if lang == "es":
        text, g, n = noun
        key = (g, n)
        return {"plural": n == "p", "N": ES_ART[key] + " " + text, "n": text,
                "un": ES_INDEF[key] + " " + text, "lo": ES_PRON[key], "Lo": ES_PRON[key].capitalize(),
                "o": ES_END[key], "s": "s" if n == "p" else "", "_es": "es" if n == "p" else "",
                "este": ES_ESTE[key], "Este": ES_ESTE[key].capitalize(), "slug": slug,
                "buen": ES_BUEN[key], "Buen": ES_BUEN[key].capitalize()}
    text, plural = noun
    if plural:
        this, un = "these " + text, "some " + text
    else:
        art = "an" if text[0] in "aeio" else "a"
        this, un = "this " + text, art + " " + text
    return {"plural": plural, "N": "the " + text, "n": text, "un": un, "this": this,
            "This": cap(this), "slug": slug}


def fmt_thousands(n, sep):
    s = str(n)
    parts = []
    while len(s) > 3:
        parts.insert(0, s[-3:])
        s = s[:-3]
    parts.insert(0, s)
    return sep.join(parts)


def price_str(lang, rng, cat):
    lo, hi = CATEGORIES[cat]["price"]
    r = rng.random()
    whole = lo + int((hi - lo) * r * r)
    cents = rng.choice([99, 95, 0, 50, 49, 90])
    style = rng.random()
    if lang == "es":
        if style < 0.40:
            return "%s,%02d €" % (fmt_thousands(whole, "."), cents)
        if style < 0.60:
            return "%s,%02d€" % (fmt_thousands(whole, "."), cents)
        if style < 0.75:
            return "%d euros" % whole
        if style < 0.85:
            return "%d,%02d€" % (whole, cents)
        if style < 0.93:
            return "MXN $%s.%02d" % (fmt_thousands(whole * 18, ","), cents)
        return "$%s pesos" % fmt_thousands(whole * 900, ".")
    if style < 0.55:
        return "$%s.%02d" % (fmt_thousands(whole, ","), cents)
    if style < 0.70:
        return "$%d.%02d" % (whole, cents)
    if style < 0.85:
        return "£%s.%02d" % (fmt_thousands(whole, ","), cents)
    if style < 0.93:
        return "%d bucks" % whole
    return "US$%s" % fmt_thousands(whole, ",")


def url_str(lang, rng, ctx, cat):
    slug = ctx.get("slug") or cat
    n = rng.randint(1000, 99999)
    if lang == "es":
        pats = ["https://example.com/producto/%d" % n, "www.tienda-ejemplo.es/%s" % slug,
                "https://www.tienda-ejemplo.es/ofertas?ref=resena&id=%d" % n,
                "http://example.org/fotos/%d.jpg" % n, "tienda-ejemplo.es/%s/%d" % (cat, n)]
    else:
        pats = ["https://example.com/p/%d?ref=review" % n, "www.example.org/%s" % slug,
                "https://example.net/support/manual-%d.pdf" % n,
                "https://example.com/blog/%s-review" % slug, "example.com/deals/%s" % slug]
    return rng.choice(pats)


def gen_token(key, L, lang, rng, ctx, cat):
    if key == "k":
        if rng.random() < 0.3:
            return rng.choice(NUM_WORDS[lang])
        return str(rng.randint(2, 9))
    if key == "kfast":
        return rng.choice(["2", "3", NUM_WORDS[lang][0], NUM_WORDS[lang][1]])
    if key == "price":
        return price_str(lang, rng, cat)
    if key == "url":
        return url_str(lang, rng, ctx, cat)
    if key == "email":
        return rng.choice(L["emails"])
    if key == "email_user":
        return rng.choice(L["email_users"])
    if key == "mention":
        return rng.choice(L["mentions"])
    if key in ("rel", "minor", "intp", "intn", "adjp2", "adjn2", "adjn1"):
        return rng.choice(L[key])
    raise KeyError("unknown template token {%s}" % key)


def fill(tpl, ctx, lang, rng, cat):
    L = ES if lang == "es" else EN

    def rep(m):
        key = m.group(1)
        if "|" in key:
            a, b = key.split("|", 1)
            return b if ctx["plural"] else a
        if key in ctx:
            return ctx[key]
        return gen_token(key, L, lang, rng, ctx, cat)

    for _ in range(8):
        if "{" not in tpl:
            break
        tpl = TOKEN.sub(rep, tpl)
    if "{" in tpl or "}" in tpl:
        raise ValueError("unfilled template: %r" % tpl)
    return re.sub(r" {2,}", " ", tpl).strip()


# ---------------------------------------------------------------------------
# Review composition
# ---------------------------------------------------------------------------
BODY_POL = {
    5: ([2, 1, 0], [55, 30, 15]),
    4: ([2, 1, 0, -1], [30, 45, 15, 10]),
    3: ([1, 0, -1], [35, 30, 35]),
    2: ([-2, -1, 0, 1], [30, 45, 15, 10]),
    1: ([-2, -1, 0], [55, 30, 15]),
}
LENGTH_CLASSES = (["tiny", "short", "medium", "long", "xlong"], [12, 28, 35, 20, 5])
CONTRAST_P = {5: 0.10, 4: 0.45, 3: 0.70, 2: 0.45, 1: 0.12}
EMOJI_P = {5: 0.25, 4: 0.12, 3: 0.08, 2: 0.10, 1: 0.22}


def sign(p):
    return "pos" if p > 0 else ("neg" if p < 0 else "neu")


class Composer:
    """Builds one review text (and title) for a given language/stars/category."""

    def __init__(self, lang, stars, cat, rng):
        self.lang, self.stars, self.cat, self.rng = lang, stars, cat, rng
        self.L = ES if lang == "es" else EN
        self.item = rng.choice(CATEGORIES[cat]["items"])
        noun = self.item[lang]
        self.ictx = make_ctx(lang, noun, slugify(noun[0]))
        self.aspects = list(self.item["asp"])
        rng.shuffle(self.aspects)
        self.used = set()
        self.groups = set()

    # -- helpers -----------------------------------------------------------
    def f(self, tpl, ctx=None):
        return fill(tpl, ctx or self.ictx, self.lang, self.rng, self.cat)

    def pick(self, seq):
        """Choose from seq, avoiding templates already used in this review."""
        fresh = [s for s in seq if s not in self.used] or list(seq)
        s = self.rng.choice(fresh)
        self.used.add(s)
        return s

    def fits(self, sentence):
        """A leading [a|b] tag restricts a sentence to items having aspect a or b (or named a/b)."""
        m = TAG.match(sentence)
        if not m:
            return True
        wanted = m.group(1).split("|")
        return any(w in self.item["asp"] or w == self.item["en"][0] for w in wanted)

    def next_aspect(self):
        if not self.aspects:
            return None
        key = self.aspects.pop()
        noun = ASPECTS[key][self.lang]
        if self.lang == "es":
            text, g, n, pos, neg = noun
            ctx = make_ctx("es", (text, g, n), self.ictx["slug"])
        else:
            text, plural, pos, neg = noun
            ctx = make_ctx("en", (text, plural), self.ictx["slug"])
        return ctx, pos, neg

    def aspect_clause(self, p, in_clause=False):
        a = self.next_aspect()
        if a is None:
            return None
        ctx, pos, neg = a
        pool = self.L["asp"][p]
        if in_clause:
            pool = [t for t in pool if not t.startswith("*")] or ["PRED"]
        for _ in range(4):
            tpl = self.rng.choice(pool)
            if tpl == "PRED" or tpl not in self.used:
                break
        self.used.add(tpl)
        tpl = tpl.lstrip("*")
        if tpl == "PRED":
            if p == 0:
                tpl = self.rng.choice(self.L["asp"][0]).lstrip("*")
            else:
                tpl = "{N} " + self.rng.choice(pos if p > 0 else neg)
        return self.f(tpl, ctx)

    def side_clause(self, p):
        return self.pick(self.L["side"][sign(p)])

    def clause(self, p):
        """Lower-case clause usable inside a contrast."""
        c = None
        if self.rng.random() < 0.8:
            c = self.aspect_clause(p, in_clause=True)
        if c is None:
            c = self.side_clause(p)
        return decap(c)

    # -- sentence producers -------------------------------------------------
    BODY_KINDS = (["aspect", "gen", "cat", "delivery", "price", "compare", "quote"],
                  [34, 24, 16, 9, 8, 5, 4])
    ONCE = ("delivery", "price", "compare", "quote")

    def body_sentence(self, p):
        s = sign(p)
        L = self.L
        if (self.stars >= 4 and p < 0) or (self.stars <= 2 and p > 0):
            # a remark against the overall verdict stays local to one aspect
            c = self.aspect_clause(p)
            return c if c is not None else self.side_clause(p)
        kind = self.rng.choices(*self.BODY_KINDS)[0]
        if kind in self.ONCE and (kind in self.groups or (s == "neu" and kind in ("compare", "quote"))):
            kind = "gen"
        if kind == "aspect":
            c = self.aspect_clause(p)
            if c is not None:
                return c
            kind = "gen"
        if kind in self.ONCE:
            self.groups.add(kind)
            if kind == "delivery":
                self.groups.add("delivery_" + s)
        if kind == "gen":
            return self.f(self.pick(L["gen"][p]))
        if kind == "cat":
            pool = [c for c in CAT_SENTENCES[self.cat][self.lang][s] if self.fits(c)]
            if pool:
                return self.f(strip_tag(self.pick(pool)))
            return self.f(self.pick(L["gen"][p]))
        return self.f(self.pick(L[kind][s]))

    def contrast_sentence(self):
        st, L, rng = self.stars, self.L, self.rng
        if st == 5:
            return self.pick(L["contrast2"]).replace("{A}", self.clause(-1)).replace("{B}", self.clause(2))
        if st == 4:
            if rng.random() < 0.5:
                return self.pick(L["contrast_lead_neg"]).replace("{B}", self.clause(-1))
            if rng.random() < 0.5:
                a, b = self.clause(2), self.clause(-1)
            else:
                a, b = self.clause(-1), self.clause(2)
            return self.pick(L["contrast2"]).replace("{A}", a).replace("{B}", b)
        if st == 3:
            tpl = self.pick(L["contrast3"])
            if "{A}" not in tpl:  # "Bueno, pero {B}" / "Great price but {B}": B is the complaint
                return tpl.replace("{B}", self.clause(-1))
            a, b = self.clause(1), self.clause(-1)
            if rng.random() < 0.5:
                a, b = b, a
            return tpl.replace("{A}", a).replace("{B}", b)
        if st == 2:
            if rng.random() < 0.5:
                return self.pick(L["contrast_lead_pos"]).replace("{B}", self.clause(1))
            return self.pick(L["contrast2"]).replace("{A}", self.clause(1)).replace("{B}", self.clause(-2))
        return self.pick(L["contrast2"]).replace("{A}", self.clause(1)).replace("{B}", self.clause(-2))

    def punct(self, s, p):
        rng = self.rng
        if not s:
            return s
        last = s[-1]
        if last in ".!?…" or ord(last) > 0x2000:
            return s
        strong = abs(p) == 2 or (self.stars in (1, 5) and p != 0)
        r = rng.random()
        if strong:
            end = "." if r < 0.56 else "!" if r < 0.88 else "!!!" if r < 0.93 else "!!" if r < 0.96 else "..."
        elif p < 0:
            end = "." if r < 0.75 else "..." if r < 0.92 else "!"
        else:
            end = "." if r < 0.82 else "..." if r < 0.90 else "!"
        if self.lang == "es" and end.startswith("!") and s[0] not in "¡¿" and rng.random() < 0.6:
            s = "¡" + s
        return s + end

    # -- whole review --------------------------------------------------------
    def compose(self, length=None, allow_paragraphs=True):
        rng, L, st = self.rng, self.L, self.stars
        if length is None:
            length = rng.choices(*LENGTH_CLASSES)[0]
        sents = []  # list of (text, polarity)
        if length == "tiny":
            if rng.random() < 0.75 or st == 3:
                sents.append((self.f(self.pick(L["open"][st])), 2 if st >= 4 else -2 if st <= 2 else 0))
                if rng.random() < 0.6:
                    sents.append((self.pick(L["short_tail"][st]), 0))
            else:
                p = {5: 2, 4: 1, 3: 0, 2: -1, 1: -2}[st]
                sents.append((self.f(self.pick(L["gen"][p])), p))
        else:
            n_body = {"short": rng.randint(1, 2), "medium": rng.randint(2, 3),
                      "long": rng.randint(4, 7), "xlong": rng.randint(9, 13)}[length]
            if rng.random() < 0.7:
                sents.append((self.f(self.pick(L["open"][st])), 2 if st >= 4 else -2 if st <= 2 else 0))
            pols, weights = BODY_POL[st]
            if n_body < 3:
                pols, weights = zip(*[(pp, ww) for pp, ww in zip(pols, weights)
                                      if not ((st >= 4 and pp < 0) or (st <= 2 and pp > 0))])
            body = []
            for _ in range(n_body):
                p = rng.choices(pols, weights)[0]
                body.append((self.body_sentence(p), p))
            if length != "short" or rng.random() < 0.3:
                if rng.random() < CONTRAST_P[st]:
                    pos = rng.randint(0, len(body))
                    body.insert(pos, (self.contrast_sentence(), 0))
            if rng.random() < 0.06:
                body.append((self.pick(L["question"][st]), 0))
            sents.extend(body)
            closer_p = 0.35 if length == "short" else 0.6
            if rng.random() < closer_p:
                closers = L["close"][st]
                if "delivery_neg" in self.groups:
                    closers = [c for c in closers if "tiempo" not in c and "on time" not in c]
                sents.append((self.f(self.pick(closers)), 2 if st in (1, 5) else 1))
        # Spanglish / code switching, rare
        if rng.random() < (0.015 if self.lang == "es" else 0.01) and st >= 4:
            sents.append((self.pick(L["spanglish"]), 1))
        if rng.random() < 0.03:
            sents.append((self.f(self.pick(L["extra_links"])), 0))

        # sentence-level rendering (dropping accidental repeats)
        out, seen_s = [], set()
        for s, p in sents:
            if s.lower() in seen_s:
                continue
            seen_s.add(s.lower())
            s = self.punct(cap(s), p)
            out.append(s)
        if st in (1, 5) and len(out) > 1 and rng.random() < 0.04:
            i = rng.randrange(len(out))
            if "@" not in out[i] and "http" not in out[i] and "www" not in out[i]:
                out[i] = out[i].upper()

        # paragraphs
        paragraphs = [out]
        if allow_paragraphs and length == "xlong" and len(out) >= 4 and rng.random() < 0.8:
            k = rng.randint(2, min(3, len(out) // 2))
            cuts = sorted(rng.sample(range(1, len(out)), k - 1))
            paragraphs, prev = [], 0
            for c in cuts + [len(out)]:
                paragraphs.append(out[prev:c])
                prev = c
        if allow_paragraphs and length in ("long", "xlong") and rng.random() < 0.12:
            paragraphs.append([self.f(self.pick(L["update"][st]))])

        sep_par = "\n\n" if rng.random() < 0.7 else "\n"
        text = sep_par.join(" ".join(p) for p in paragraphs)
        text = self.noise(text)
        text = self.extras(text)
        return text

    # -- noise ---------------------------------------------------------------
    def noise(self, text):
        rng = self.rng
        if self.lang == "es":
            r = rng.random()
            if r < 0.07:
                text = strip_accents(text, keep="ñÑüÜ¡¿€")
            elif r < 0.17:
                words = text.split(" ")
                text = " ".join(strip_accents(w, keep="ñÑüÜ¡¿€") if rng.random() < 0.5 else w for w in words)
            if rng.random() < 0.25:
                text = text.replace("¡", "").replace("¿", "")
            rules = ES_TYPOS
            elong = ES_ELONG
        else:
            rules = EN_TYPOS
            elong = EN_ELONG
        if rng.random() < 0.14:
            if self.lang == "es":
                # chat-style abbreviators tend to shorten these consistently
                for src, dsts in (("porque", ["xq", "porq", "pq"]), ("también", ["tb", "tmb"])):
                    if re.search(r"\b" + src + r"\b", text, re.I) and rng.random() < 0.7:
                        text = sub_word(text, src, rng.choice(dsts), rng)
            applicable = [r for r in rules if re.search(r"\b" + re.escape(r[0]) + r"\b", text, re.I)]
            for src, dst in rng.sample(applicable, min(len(applicable), rng.randint(1, 3))):
                # habitual spellings are applied throughout, one-off slips once
                text = sub_word(text, src, dst, rng, count=0 if rng.random() < 0.5 else 1)
        if rng.random() < 0.06:
            applicable = [r for r in elong if re.search(r"\b" + re.escape(r[0]) + r"\b", text, re.I)]
            if applicable:
                src, dst = rng.choice(applicable)
                text = sub_word(text, src, dst, rng, count=1)
        if rng.random() < 0.05:
            text = text.lower()
        if rng.random() < 0.01 and ". " in text:
            i = text.index(". ")
            text = text[:i + 1] + text[i + 2:]
        return text

    def extras(self, text):
        rng, st, L = self.rng, self.stars, self.L
        mood = "pos" if st >= 4 else "neg" if st <= 2 else "neu"
        if rng.random() < EMOJI_P[st]:
            pool = EMOJI[mood]
            e = rng.choice(pool)
            r = rng.random()
            em = e if r < 0.6 else e * rng.randint(2, 3) if r < 0.85 else e + rng.choice(pool)
            if rng.random() < 0.75 or ". " not in text:
                text = text + " " + em
            else:
                i = text.index(". ")
                text = text[:i + 1] + " " + em + text[i + 1:]
        r = rng.random()
        if r < 0.015:
            text += " " + "⭐" * st
        elif r < 0.03:
            text += " " + rng.choice(["%d/5", "Nota: %d/5" if self.lang == "es" else "Rating: %d/5"]) % st
        if rng.random() < 0.06:
            tags = L["hashtags_" + mood]
            text += " " + " ".join(rng.sample(tags, rng.randint(1, 2)))
        if rng.random() < (0.03 if self.lang == "es" else 0.01):
            text += " " + rng.choice(L["flags"])
        return text

    def title(self):
        rng, st = self.rng, self.stars
        if rng.random() < 0.12:
            return ""
        if rng.random() < 0.75:
            t = rng.choice(TITLES[self.lang][st])
        else:
            t = cap(self.f(rng.choice(ITEM_TITLES[self.lang][st])))
        r = rng.random()
        if r < 0.05:
            t = t.lower()
        elif r < 0.08:
            t = t.upper()
        elif r < 0.13 and t[-1].isalnum():
            t += rng.choice(["!!!", "!!", " 😍" if st >= 4 else " 😡" if st <= 2 else " 🤷", "..."])
        return t


ES_TYPOS = [("que", "qe"), ("que", "q"), ("que", "k"), ("porque", "xq"), ("porque", "porq"),
            ("también", "tb"), ("también", "tmb"), ("muy", "mui"), ("mucho", "muxo"), ("bueno", "weno"),
            ("para", "pa"), ("está", "ta"), ("todo", "to"), ("verdad", "vdd"), ("hay", "ay"), ("nada", "na"),
            ("canción", "cancion"), ("qué", "k"), ("más", "mas"), ("sí", "si"), ("he", "e"), ("ha sido", "a sido"),
            ("por favor", "porfa"), ("vaya", "valla"), ("perfecto", "perfe"), ("de verdad", "de vdd"),
            ("fin de semana", "finde"), ("bien", "bn"), ("estoy", "toy")]
EN_TYPOS = [("great", "gr8"), ("definitely", "definately"), ("definitely", "defo"), ("really", "rly"),
            ("really", "realy"), ("you", "u"), ("your", "ur"), ("because", "cuz"), ("because", "bc"),
            ("though", "tho"), ("okay", "ok"), ("a lot", "alot"), ("love", "luv"), ("thanks", "thx"),
            ("probably", "prolly"), ("it's", "its"), ("don't", "dont"), ("doesn't", "doesnt"), ("I'm", "im"),
            ("I've", "ive"), ("can't", "cant"), ("before", "b4"), ("honestly", "tbh"), ("people", "ppl"),
            ("the", "teh"), ("I", "i"), ("wouldn't", "wouldnt"), ("received", "recieved"), ("for", "4"),
            ("to be", "2 be"), ("awesome", "awsome"), ("separately", "seperately")]
ES_ELONG = [("muy", "muuuy"), ("genial", "geniaaal"), ("bien", "bieeen"), ("no", "nooo"), ("malo", "malooo"),
            ("mucho", "muuucho"), ("encanta", "encantaaa"), ("súper", "súuuper"), ("nunca", "nuncaaa")]
EN_ELONG = [("so", "sooo"), ("love", "loooove"), ("good", "goooood"), ("no", "noooo"), ("bad", "baaad"),
            ("really", "reallyyy"), ("amazing", "amaaazing"), ("great", "greeeat"), ("never", "neverrr")]


def sub_word(text, src, dst, rng, count=0):
    pat = re.compile(r"(?<![\w@/.])" + re.escape(src) + r"(?![\w'])", re.I)

    def rep(m):
        w = m.group(0)
        if w.isupper() and len(w) > 1:
            return dst.upper()
        if w[0].isupper() and dst[0].isalpha() and src != "I":
            return dst[0].upper() + dst[1:]
        return dst

    return pat.sub(rep, text, count=count)


def word_count(text):
    return sum(1 for t in text.split() if re.search(r"[^\W\d_]", t))


# ---------------------------------------------------------------------------
# Dataset builders
# ---------------------------------------------------------------------------
CAT_NAMES = list(CATEGORIES)
CAT_WEIGHTS = [CATEGORIES[c]["weight"] for c in CAT_NAMES]


def build_reviews(rng, n, id_fmt, seen):
    counters = {"es": 0, "en": 0}
    rows = []
    langs = ["es"] * ((n + 1) // 2) + ["en"] * (n // 2)
    rng.shuffle(langs)
    for lang in langs:
        stars = rng.choices(STARS, STAR_WEIGHTS)[0]
        cat = rng.choices(CAT_NAMES, CAT_WEIGHTS)[0]
        for _attempt in range(200):
            comp = Composer(lang, stars, cat, rng)
            text = comp.compose()
            wc = word_count(text)
            if text not in seen and 3 <= wc <= MAX_WORDS:
                break
        else:
            raise RuntimeError("could not generate a unique text")
        seen.add(text)
        title = comp.title()
        counters[lang] += 1
        rows.append({"review_id": id_fmt % (lang, counters[lang]), "lang": lang, "product": cat,
                     "stars": stars, "title": title, "text": text})
    return rows


def build_corpus(rng, n, seen):
    lines = []
    while len(lines) < n:
        lang = "es" if rng.random() < 0.5 else "en"
        stars = rng.choices(STARS, STAR_WEIGHTS)[0]
        cat = rng.choices(CAT_NAMES, CAT_WEIGHTS)[0]
        comp = Composer(lang, stars, cat, rng)
        length = rng.choices(["tiny", "short", "medium", "long"], [10, 35, 40, 15])[0]
        text = comp.compose(length=length, allow_paragraphs=False)
        text = re.sub(r"\s+", " ", text).strip()
        if text in seen or word_count(text) < 3:
            continue
        seen.add(text)
        lines.append(text)
    return lines


def csv_bytes(rows):
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(["review_id", "lang", "product", "stars", "title", "text"])
    for r in rows:
        w.writerow([r["review_id"], r["lang"], r["product"], str(r["stars"]), r["title"], r["text"]])
    return buf.getvalue().encode("utf-8")


def jsonl_bytes(rows):
    out = []
    for r in rows:
        out.append(json.dumps({k: r[k] for k in ("review_id", "lang", "product", "stars", "title", "text")},
                              ensure_ascii=False))
    return ("\n".join(out) + "\n").encode("utf-8")


# ---------------------------------------------------------------------------
# Broken CSV (written byte by byte)
# ---------------------------------------------------------------------------
def oversize_text():
    unit = ("La batería dura muchísimo y el sonido es nítido, aunque el envío tardó un poco más de lo "
            "previsto; aun así lo recomiendo a cualquiera que busque algo sencillo y fiable para el día a día. ")
    s = (unit * (OVERSIZE_CHARS // len(unit) + 1))[:OVERSIZE_CHARS]
    s = s[:-1] + "."
    assert len(s) == OVERSIZE_CHARS
    return s


def broken_records():
    """(bytes_of_record, expected_reason, note). Reason None = valid row."""
    H = b"review_id,lang,product,stars,title,text\n"
    recs = [
        (b'es-b00001,es,kitchen,5,Genial,"La sart\xc3\xa9n es buen\xc3\xadsima, no se pega nada."\n',
         None, "valid (es, 5 stars; text has a comma so it is quoted)"),
        (b'es-b00002,es,electronics,4,Bien,El altavoz suena muy bien (caf\xc3\x28 incluido)\n',
         "invalid_utf8", "text contains byte 0xC3 followed by 0x28 '(' - an invalid 2-byte sequence"),
        (b'en-b00003,en,books,2,Meh,Bad print \xff and weird \xc0\xaf symbols everywhere\n',
         "invalid_utf8", "text contains a lone 0xFF byte and the overlong encoding 0xC0 0xAF"),
        (b'en-b00004,en,toys,5,"Love it, truly","My son calls it ""the best present ever"" and won\'t put it down."\n',
         None, "valid (en, 5 stars; quoted title with a comma, text with escaped \"\" quotes)"),
        (b'es-b00005,es,beauty,3,Normal,""\n',
         "empty_text", "text is the empty quoted field \"\""),
        (b'en-b00006,en,garden,4,Nice,"  \t  "\n',
         "empty_text", "text is whitespace only (2 spaces, a TAB, 2 spaces)"),
        (b'es-b00007,es,clothing,4,"Bonita, pero...","La camiseta es c\xc3\xb3moda.\n\nEso s\xc3\xad, encoge un poco al lavarla."\n',
         None, "valid (es, 4 stars; quoted text containing a blank line - spans 3 physical lines)"),
        (b'en-b00008,en,sports,7,Great mat,The grip is excellent and it does not slide at all.\n',
         "unknown_label", "stars = 7 (outside 1-5)"),
        (b'en-b00009,en,home,excellent,Super comfy,Best pillow I have had in years.\n',
         "unknown_label", "stars = excellent (not a number)"),
        (b'es-b00010,es,pets,1,Roto,"El juguete se rompi\xc3\xb3 en diez minutos. No lo compr\xc3\xa9is."\n',
         None, "valid (es, 1 star)"),
        (b'es-b00011,es,books,4\n',
         "malformed_row", "field-count mismatch: only 4 fields (title and text missing)"),
        (b'en-b00012,en,kitchen,4,Good pan,Heats evenly,easy to clean\n',
         "malformed_row", "field-count mismatch: 7 fields (unquoted comma inside the text)"),
        (b'es-b00013,es,toys,3,Regular,"Est\xc3\xa1 bien, sin m\xc3\xa1s."\n',
         None, "valid (es, 3 stars)"),
        (b'en-b00014,en,electronics,5,"Great "product" really",Works as described and the battery lasts.\n',
         "malformed_row", "bad quoting: characters after the closing quote of the quoted title field"),
        (b'en-b00015,en,books,2,Meh,"The plot is predictable, but the cover is nice."\n',
         None, "valid (en, 2 stars)"),
        (b'es-b00016,es,electronics,3,Largo,"' + oversize_text().encode("utf-8") + b'"\n',
         "document_too_large", "text is exactly {:,} characters (the default cap is 100,000)".format(OVERSIZE_CHARS)),
        (b'en-b00017,en,clothing,1,Shrank,Shrank two sizes in the first wash. Do not buy.\n',
         None, "valid (en, 1 star)"),
        (b'es-b00099,es,toys,2,"Se rompi\xc3\xb3","this quote never closes: el coche teledirigido dej\xc3\xb3 de funcionar\n'
         b'y el archivo termina aqu\xc3\xad sin cerrar la comilla\n',
         "malformed_row", "bad quoting: unterminated quoted text field running to end of file"),
    ]
    data = H
    table = []
    line = 2
    for i, (b, reason, note) in enumerate(recs, start=1):
        n_lines = b.count(b"\n")
        table.append({"record": i, "line": line, "last_line": line + n_lines - 1, "id": b.split(b",", 1)[0].decode(),
                      "reason": reason, "note": note, "bytes": len(b)})
        data += b
        line += n_lines
    return data, table


# ---------------------------------------------------------------------------
# Statistics and README
# ---------------------------------------------------------------------------
def is_emoji(ch):
    o = ord(ch)
    return o >= 0x1F000 or 0x2600 <= o <= 0x27BF or o == 0x2B50


def review_stats(rows):
    st = {"rows": len(rows), "lang": Counter(r["lang"] for r in rows),
          "stars": Counter(r["stars"] for r in rows),
          "lang_stars": Counter((r["lang"], r["stars"]) for r in rows),
          "product": Counter(r["product"] for r in rows)}
    wcs = sorted(word_count(r["text"]) for r in rows)
    st["words"] = (wcs[0], wcs[len(wcs) // 2], wcs[-1])
    texts = [r["text"] for r in rows]
    st["distinct"] = len(set(texts))
    st["quirks"] = [
        ("text contains a comma", sum("," in t for t in texts)),
        ("text contains a double quote (escaped as \"\")", sum('"' in t for t in texts)),
        ("text contains a newline (multi-paragraph, quoted field)", sum("\n" in t for t in texts)),
        ("title is empty", sum(r["title"] == "" for r in rows)),
        ("title contains a comma or double quote", sum(("," in r["title"] or '"' in r["title"]) for r in rows)),
        ("text contains emoji", sum(any(is_emoji(c) for c in t) for t in texts)),
        ("text contains a URL", sum(bool(re.search(r"https?://|www\.|\b[a-z-]+\.(?:com|es|org|net)/", t)) for t in texts)),
        ("text contains an e-mail address", sum(bool(re.search(r"\S+@\S+\.\w+", t)) for t in texts)),
        ("text contains an @mention", sum(bool(re.search(r"(?<!\S)@\w+", t)) for t in texts)),
        ("text contains a #hashtag", sum(bool(re.search(r"(?<!\S)#\w+", t)) for t in texts)),
        ("text contains '!!' or '??' runs", sum(("!!" in t or "??" in t) for t in texts)),
        ("text contains a price/number with separators", sum(bool(re.search(r"\d[.,]\d", t)) for t in texts)),
    ]
    return st


def fmt_stats(name, st):
    L = []
    L.append("%s: %d rows, %d distinct texts, words per text min/median/max = %d/%d/%d"
             % (name, st["rows"], st["distinct"], *st["words"]))
    L.append("  lang:  " + ", ".join("%s=%d (%.1f%%)" % (k, st["lang"][k], 100.0 * st["lang"][k] / st["rows"])
                                      for k in ("es", "en")))
    L.append("  stars: " + ", ".join("%d★=%d (%.1f%%)" % (k, st["stars"][k], 100.0 * st["stars"][k] / st["rows"])
                                      for k in STARS))
    for lang in ("es", "en"):
        L.append("  %s by stars: " % lang + ", ".join("%d★=%d" % (k, st["lang_stars"][(lang, k)]) for k in STARS))
    L.append("  product: " + ", ".join("%s=%d" % (c, st["product"][c]) for c in CAT_NAMES))
    for label, n in st["quirks"]:
        L.append("  %-58s %5d" % (label, n))
    return "\n".join(L)


README_TEMPLATE = """\
# Verbo sample data

<!-- This file is generated by generate_samples.py - edit the script, not this file. -->

Everything in this folder was **written for the Verbo project** by
[`generate_samples.py`](generate_samples.py). The reviews are synthetic: each one is
assembled from the templates and phrase banks in the script (product
categories, items, aspects, openers, contrasts, closers, noise rules). **No
third-party text is included** - nothing was copied from any review site, data set
or book. The files are dedicated to the public domain (CC0 1.0); they may also be
used under the same licence as the rest of the project.

Product names, e-mail addresses (`@example.com`, `@tienda-ejemplo.es`, ...),
URLs (`example.com/org/net`, `tienda-ejemplo.es`), @mentions and book titles are
invented. All people and products are fictional.

## Regenerating

```
python3 data-samples/generate_samples.py
```

Python 3 standard library only; works from any directory (paths are resolved
relative to the script). The generator uses `random.Random({seed})` and nothing
else that varies (no clock, no hash ordering, no locale), so running it twice
produces byte-identical files. All files are UTF-8 with LF line endings - except
`broken/broken-reviews.csv`, which deliberately contains invalid UTF-8 bytes.

## Files

| File | Size (bytes) | Content |
|---|---:|---|
{files_table}

### `reviews/reviews.csv`

RFC-4180 CSV (comma separator, `"` quote char, `""` escape, LF record
terminator), header exactly:

```
review_id,lang,product,stars,title,text
```

* `review_id` - `es-000001` ... / `en-000001` ..., numbered per language in file order; unique.
* `lang` - `es` or `en` (the language of the text; a handful of 4-5★ texts contain a
  short code-switched phrase, e.g. "la verdad, totally worth it", as real reviews do).
* `product` - one of {categories}.
* `stars` - integer 1-5. The text sentiment follows the stars: 1-2★ clearly negative
  (with at most a minor positive), 3★ mixed/neutral, 4-5★ positive (4★ often with a
  minor complaint).
* `title` - short title, may be empty, may contain commas, quotes and emoji.
* `text` - 3 to {max_words} words; no two texts are identical (across all files in this folder).

Statistics (printed by the script):

```
{stats_csv}
```

What the texts exercise (both languages): negation ("no me gustó nada", "no está
nada mal", "not bad at all", "I wouldn't buy it again"), contrast ("..., pero ...",
"aunque ...", "great price but ...", "Lo único malo: ...", "Took off one star because
..."), intensifiers ("muy", "súper", "bastante", "really", "extremely", "so"),
exclamations and questions ("¡Me encantó!", "¿Vale la pena? Sí."), informal
spelling and typos ("qe", "xq", "tb", "muuuy", "gr8", "definately", "u", "cuz",
missing accents such as "cancion"), emoji (incl. ZWJ sequences and skin-tone
modifiers such as 🤷‍♀️ 👍🏽, flags such as 🇲🇽), URLs, e-mail addresses, @mentions,
#hashtags, runs of "!!!" and "???", prices and numbers in both conventions
("1.299,99 €", "$1,299.99", "MXN $1,499.00", "3.5 pulgadas", "6,1 pulgadas",
"5.000 mAh", "5,000 mAh", "10/10"), English contractions (don't, it's, I've),
Spanish accents, ñ and ü (año, señal, pingüino, cigüeña, bilingüe, vergüenza), and
multi-paragraph texts (newlines inside a quoted CSV field; "EDITO:" / "UPDATE:"
paragraphs).

### `reviews/reviews-extra.jsonl`

JSON Lines, one object per line with keys `review_id, lang, product, stars, title,
text` (in that order; `stars` is a JSON integer). Non-ASCII characters are written
as UTF-8, not `\\u` escapes; newlines inside texts appear as `\\n` escapes. Ids
`es-j00001` ... / `en-j00001` ... (disjoint from the CSV ids). Same generator as the CSV.

```
{stats_jsonl}
```

### `corpus/unlabelled-es-en.txt`

{corpus_lines} lines, one document per line (no embedded newlines), mixed Spanish
and English review-like text without labels, for embedding (Word2Vec) training.
Built from the same phrase banks; none of the lines equals a text in the labelled
files. Languages: {corpus_lang}.

### `broken/broken-reviews.csv`

A small CSV with the same header whose purpose is to demonstrate rejects. It
contains {n_valid} valid rows interleaved with {n_bad} deliberately broken records.
Expected results are in [`broken/EXPECTED.md`](broken/EXPECTED.md) and repeated here:

{broken_table}

Notes:

* "Physical line" is the 1-based line number in the file (line 1 is the header);
  "record" is the 1-based data-record number (header not counted). They differ
  after record 7 because its quoted text contains two newlines.
* The file is **not valid UTF-8 as a whole** (records 2 and 3). A reader that decodes
  the whole stream strictly will fail; the rejects are meant to be detected per
  record (e.g. split records on raw bytes, then decode each record strictly).
* Record 6's text is `"  \\t  "` (2 spaces, TAB, 2 spaces).
* Record 16's text is exactly {oversize:,} characters ({oversize_bytes:,} UTF-8 bytes);
  the default size cap is 100,000 characters.
* Record 18 (the last one) opens a quoted field that is never closed; the file
  ends with a newline inside that open quote. A lenient parser would swallow the
  rest of the file into that field; the expected outcome is a `malformed_row` reject.
* There is deliberately no row with an empty `review_id` (that is not a reject reason).
"""

EXPECTED_TEMPLATE = """\
# Expected results for `broken-reviews.csv`

<!-- Generated by ../generate_samples.py - edit the script, not this file. -->

Line 1 is the header. Physical lines are 1-based and include the header;
records are 1-based data records (header excluded). {n_records} records in
total: **{n_valid} valid rows** and **{n_bad} rejects**.

{broken_table}

Reject counts by reason: {reason_counts}.

Valid ids: {valid_ids}.
"""


def broken_table_md(table):
    L = ["| Physical line(s) | Record | review_id | Expected | Detail |", "|---|---:|---|---|---|"]
    for t in table:
        lines = str(t["line"]) if t["line"] == t["last_line"] else "%d-%d" % (t["line"], t["last_line"])
        L.append("| %s | %d | `%s` | %s | %s |" % (lines, t["record"], t["id"],
                                                   "`%s`" % t["reason"] if t["reason"] else "valid",
                                                   t["note"].replace("|", "\\|")))
    return "\n".join(L)


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------
def write(path, data):
    full = os.path.join(HERE, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "wb") as fh:
        fh.write(data)
    return len(data)


def main():
    rng = random.Random(SEED)
    seen = set()
    rows = build_reviews(rng, N_REVIEWS_CSV, "%s-%06d", seen)
    jrows = build_reviews(rng, N_REVIEWS_JSONL, "%s-j%05d", seen)
    corpus = build_corpus(rng, N_CORPUS_LINES, seen)
    broken, table = broken_records()

    files = [
        ("reviews/reviews.csv", csv_bytes(rows), "%d labelled reviews (CSV)" % len(rows)),
        ("reviews/reviews-extra.jsonl", jsonl_bytes(jrows), "%d labelled reviews (JSON Lines)" % len(jrows)),
        ("corpus/unlabelled-es-en.txt", ("\n".join(corpus) + "\n").encode("utf-8"),
         "%d unlabelled documents, one per line" % len(corpus)),
        ("broken/broken-reviews.csv", broken,
         "%d records (%d valid, %d broken) for reject handling"
         % (len(table), sum(t["reason"] is None for t in table), sum(t["reason"] is not None for t in table))),
    ]
    sizes = {}
    for path, data, _ in files:
        sizes[path] = write(path, data)

    s_csv = fmt_stats("reviews.csv", review_stats(rows))
    s_jsonl = fmt_stats("reviews-extra.jsonl", review_stats(jrows))
    clang = Counter("es" if any(c in l for c in "ñáéíóú¿¡") or re.search(r"\b(el|la|los|que|muy|es)\b", l) else "en"
                    for l in corpus)
    n_valid = sum(t["reason"] is None for t in table)
    n_bad = len(table) - n_valid
    btable = broken_table_md(table)
    reasons = Counter(t["reason"] for t in table if t["reason"])

    expected = EXPECTED_TEMPLATE.format(
        n_records=len(table), n_valid=n_valid, n_bad=n_bad, broken_table=btable,
        reason_counts=", ".join("`%s` %d" % (k, reasons[k]) for k in
                                ("invalid_utf8", "empty_text", "unknown_label", "malformed_row", "document_too_large")),
        valid_ids=", ".join("`%s`" % t["id"] for t in table if t["reason"] is None))
    sizes["broken/EXPECTED.md"] = write("broken/EXPECTED.md", expected.encode("utf-8"))
    files.append(("broken/EXPECTED.md", None, "expected reject table for the broken CSV"))
    files.append(("generate_samples.py", None, "the generator (this folder's source of truth)"))
    sizes["generate_samples.py"] = os.path.getsize(os.path.join(HERE, "generate_samples.py"))

    files_table = "\n".join("| `%s` | %s | %s |" % (p, format(sizes[p], ","), d) for p, _, d in files)
    readme = README_TEMPLATE.format(
        seed=SEED, files_table=files_table, categories=", ".join("`%s`" % c for c in CAT_NAMES),
        max_words=MAX_WORDS, stats_csv=s_csv, stats_jsonl=s_jsonl, corpus_lines=len(corpus),
        corpus_lang="about %d Spanish / %d English (heuristic count)" % (clang["es"], clang["en"]),
        n_valid=n_valid, n_bad=n_bad, broken_table=btable, oversize=OVERSIZE_CHARS,
        oversize_bytes=len(oversize_text().encode("utf-8")))
    write("README.md", readme.encode("utf-8"))

    print(s_csv)
    print(s_jsonl)
    print("unlabelled-es-en.txt: %d lines (%s)" % (len(corpus), dict(clang)))
    print("broken-reviews.csv: %d records, %d valid, %d rejects" % (len(table), n_valid, n_bad))
    for path in sorted(sizes):
        print("  %-32s %9d bytes" % (path, sizes[path]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
