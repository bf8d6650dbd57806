DossierSearch.shard("ou", {"outlined":"2.6","outward":"2.6"});
