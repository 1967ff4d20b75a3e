"""The order engine: menu resolution, the cart, pricing and the final validation.

Knows nothing of sockets or the model: values in, values out, through ``pos_voice.pos``.
"""
