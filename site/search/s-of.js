DossierSearch.shard("of", {"offer":"4.6","office":"4.6","officials":"0.6,2.4"});
