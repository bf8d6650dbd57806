DossierSearch.shard("oc", {"occasion":"3.6","october":"2.6"});
