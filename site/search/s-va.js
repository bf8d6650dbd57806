DossierSearch.shard("va", {"value":"4.6","values":"3.6","various":"0.4,3.6"});
