DossierSearch.shard("ou", {"outlined":"3.6","outlin~":"3.6","outward":"3.6"});
