## purchases
