DossierSearch.shard("wi", {"wide":"4.6","widespread":"2.6","winter":"3.5,1.4","wish":"3.6"});
