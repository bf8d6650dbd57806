DossierSearch.shard("au", {"aukus":"2.6,2.6","austin":"0.6,3.6","authentic":"4.6","authent~":"4.6","autocratic":"3.6","autocrat~":"3.6"});
