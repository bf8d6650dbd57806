DossierSearch.shard("ea", {"earlier":"1.4,1.4","early":"3.6","ears":"1.6","easily":"4.6","eastward":"2.4,1.4"});
