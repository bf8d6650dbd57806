DossierSearch.shard("au", {"aukus":"1.6,2.6","austin":"0.6,2.6","authentic":"3.6","autocratic":"2.6"});
